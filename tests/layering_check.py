#!/usr/bin/env python3
"""Layering check: the arrows of docs/architecture.md, read from the sources.

    python3 layering_check.py SRC_DIR

Fails (exit 1, one `file:line: rule: detail` per finding) when
  * SQL appears outside src/storage: a statement in a string literal, an sqlite3/sqlcipher header or
    storage/sqlite.h, any name of the sql:: wrapper (Connection, Statement, Transaction...), or a statement run on a connection;
  * Qt Widgets (a QtWidgets header, a widget class of QtPrintSupport or QtCharts, a generated ui_*.h
    form) is included outside src/gui;
  * a layer includes a header of a layer it must not reach: core nothing above it; storage no
    exchange, reports, app, gui or cli; exchange and reports neither each other nor app, gui or cli;
    app no gui or cli; gui and cli not each other.

The linker already refuses an upward call; this catches what it cannot see (an include of a header-only
type, SQL text handed to a lower layer) and says where. Comments are ignored. Standard library only.
Exit 2: bad arguments; exit 3: the checker's own self-test failed (a detector no longer detects).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

LAYERS = ("core", "storage", "exchange", "reports", "app", "gui", "cli")

# What each layer must not include (by the first directory of a quoted or angled include).
FORBIDDEN_INCLUDES = {
    "core": {"storage", "exchange", "reports", "app", "gui", "cli"},
    "storage": {"exchange", "reports", "app", "gui", "cli"},
    "exchange": {"reports", "app", "gui", "cli"},
    "reports": {"exchange", "app", "gui", "cli"},
    "app": {"gui", "cli"},
    "gui": {"cli"},
    "cli": {"gui"},
}

SQL_LAYER = "storage"
WIDGETS_LAYER = "gui"
SOURCE_SUFFIXES = (".h", ".hh", ".hpp", ".hxx", ".c", ".cc", ".cpp", ".cxx", ".inl", ".ipp")

# The classes of QtWidgets (Qt 6.4, one header each), so that `#include <QDialog>` counts as well as
# `#include <QtWidgets/QDialog>`.
QT_WIDGETS_CLASSES = set(
    """
    QAbstractButton QAbstractGraphicsShapeItem QAbstractItemDelegate QAbstractItemView QAbstractScrollArea
    QAbstractSlider QAbstractSpinBox QAccessibleWidget QApplication QBoxLayout QButtonGroup QCalendarWidget
    QCheckBox QColorDialog QColormap QColumnView QComboBox QCommandLinkButton QCommonStyle QCompleter
    QDataWidgetMapper QDateEdit QDateTimeEdit QDial QDialog QDialogButtonBox QDockWidget QDoubleSpinBox
    QErrorMessage QFileDialog QFileIconProvider QFocusFrame QFontComboBox QFontDialog QFormLayout QFrame
    QGesture QGestureEvent QGestureRecognizer QGraphicsAnchor QGraphicsAnchorLayout QGraphicsBlurEffect
    QGraphicsColorizeEffect QGraphicsDropShadowEffect QGraphicsEffect QGraphicsEllipseItem
    QGraphicsGridLayout QGraphicsItem QGraphicsItemAnimation QGraphicsItemGroup QGraphicsLayout
    QGraphicsLayoutItem QGraphicsLineItem QGraphicsLinearLayout QGraphicsObject QGraphicsOpacityEffect
    QGraphicsPathItem QGraphicsPixmapItem QGraphicsPolygonItem QGraphicsProxyWidget QGraphicsRectItem
    QGraphicsRotation QGraphicsScale QGraphicsScene QGraphicsSceneContextMenuEvent
    QGraphicsSceneDragDropEvent QGraphicsSceneEvent QGraphicsSceneHelpEvent QGraphicsSceneHoverEvent
    QGraphicsSceneMouseEvent QGraphicsSceneMoveEvent QGraphicsSceneResizeEvent QGraphicsSceneWheelEvent
    QGraphicsSimpleTextItem QGraphicsTextItem QGraphicsTransform QGraphicsView QGraphicsWidget QGridLayout
    QGroupBox QHBoxLayout QHeaderView QInputDialog QItemDelegate QItemEditorCreator QItemEditorCreatorBase
    QItemEditorFactory QKeySequenceEdit QLCDNumber QLabel QLayout QLayoutItem QLineEdit QListView
    QListWidget QListWidgetItem QMainWindow QMdiArea QMdiSubWindow QMenu QMenuBar QMessageBox QPanGesture
    QPinchGesture QPlainTextDocumentLayout QPlainTextEdit QProgressBar QProgressDialog QProxyStyle
    QPushButton QRadioButton QRubberBand QScrollArea QScrollBar QScroller QScrollerProperties QSizeGrip
    QSizePolicy QSlider QSpacerItem QSpinBox QSplashScreen QSplitter QSplitterHandle QStackedLayout
    QStackedWidget QStandardItemEditorCreator QStatusBar QStyle QStyleFactory QStyleHintReturn
    QStyleHintReturnMask QStyleHintReturnVariant QStyleOption QStyleOptionButton QStyleOptionComboBox
    QStyleOptionComplex QStyleOptionDockWidget QStyleOptionFocusRect QStyleOptionFrame
    QStyleOptionGraphicsItem QStyleOptionGroupBox QStyleOptionHeader QStyleOptionHeaderV2
    QStyleOptionMenuItem QStyleOptionProgressBar QStyleOptionRubberBand QStyleOptionSizeGrip
    QStyleOptionSlider QStyleOptionSpinBox QStyleOptionTab QStyleOptionTabBarBase
    QStyleOptionTabWidgetFrame QStyleOptionTitleBar QStyleOptionToolBar QStyleOptionToolBox
    QStyleOptionToolButton QStyleOptionViewItem QStylePainter QStylePlugin QStyledItemDelegate
    QSwipeGesture QSystemTrayIcon QTabBar QTabWidget QTableView QTableWidget QTableWidgetItem
    QTableWidgetSelectionRange QTapAndHoldGesture QTapGesture QTextBrowser QTextEdit QTileRules QTimeEdit
    QToolBar QToolBox QToolButton QToolTip QTreeView QTreeWidget QTreeWidgetItem QTreeWidgetItemIterator
    QUndoView QVBoxLayout QWhatsThis QWidget QWidgetAction QWidgetData QWidgetItem QWidgetItemV2 QWizard
    QWizardPage
    """.split()
)
# Widgets of other modules: the print dialogs of QtPrintSupport and the chart view of QtCharts.
OTHER_WIDGET_CLASSES = {
    "QAbstractPrintDialog", "QPageSetupDialog", "QPrintDialog", "QPrintPreviewDialog",
    "QPrintPreviewWidget", "QChartView",
}
WIDGET_MODULES = {"QtWidgets", "QtCharts"}

# A string literal that *is* an SQL statement (or its beginning, when the rest is concatenated on).
SQL_STATEMENT_START = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|"
    r"RELEASE|VACUUM|ATTACH|DETACH|REINDEX|ANALYZE|EXPLAIN|WITH\s+(RECURSIVE\s+)?\w+\s+AS)(\s|\(|;|$)"
)
# An SQL statement anywhere in a literal ("…; DELETE FROM t", "x IN (SELECT id FROM t)").
SQL_STATEMENT_INSIDE = re.compile(
    r"\b(SELECT\s+[\w*(].*?\bFROM\s+\w|INSERT\s+(OR\s+\w+\s+)?INTO\s+\w|UPDATE\s+(OR\s+\w+\s+)?\w+\s+SET\s|"
    r"DELETE\s+FROM\s+\w|CREATE\s+(UNIQUE\s+|VIRTUAL\s+|TEMP\s+|TEMPORARY\s+)*(TABLE|INDEX|VIEW|TRIGGER)\b|"
    r"DROP\s+(TABLE|INDEX|VIEW|TRIGGER)\b|ALTER\s+TABLE\b|PRAGMA\s+\w+)",
    re.DOTALL,
)
# The SQL wrapper's types and running a statement on a connection (Database::connection(),
# WriteScope::connection()).
SQL_API_USE = re.compile(r"\bsql\s*::\s*\w+")
SQL_CONNECTION_CALL = re.compile(
    r"\bconnection\s*\(\s*\)\s*(\.|->)\s*(prepare|exec|cached|queryInt|queryText|rekey|lastInsertRowId|changes)"
    r"\s*\("
)
SQLITE_HEADER = re.compile(r"^(sqlcipher/.+|(.*/)?sqlite3\w*\.h|storage/sqlite\.h)$")
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.MULTILINE)


@dataclass
class Literal:
    line: int
    start: int  # offset in the source
    end: int
    text: str


@dataclass
class Lexed:
    without_comments: str  # comments blanked (newlines kept), literals kept
    code: str  # comments and literal contents blanked
    literals: list = field(default_factory=list)


IDENT_START = re.compile(r"[A-Za-z_]")
IDENT_CHAR = re.compile(r"[A-Za-z0-9_]")
STRING_PREFIXES = {"L", "u", "U", "u8"}
RAW_PREFIXES = {"R", "LR", "uR", "UR", "u8R"}


def blank(text: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in text)


def lex(source: str) -> Lexed:
    """Splits C++ source into code, comments and literals (raw strings and digit separators included)."""
    out_nc: list[str] = []
    out_code: list[str] = []
    literals: list[Literal] = []
    i, n, line = 0, len(source), 1

    def emit(chunk: str, code_chunk: str | None = None) -> None:
        out_nc.append(chunk)
        out_code.append(chunk if code_chunk is None else code_chunk)

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            emit(blank(source[i:j]))
            i = j
            continue
        if source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            chunk = source[i:j]
            emit(blank(chunk))
            line += chunk.count("\n")
            i = j
            continue
        if IDENT_START.match(c):
            j = i + 1
            while j < n and IDENT_CHAR.match(source[j]):
                j += 1
            word = source[i:j]
            if j < n and source[j] == '"' and word in RAW_PREFIXES:
                m = re.compile(r'"([^()\\\s]{0,16})\(').match(source, j)
                if m:
                    close = ")" + m.group(1) + '"'
                    k = source.find(close, m.end())
                    k = n if k < 0 else k
                    end = min(n, k + len(close))
                    literals.append(Literal(line, i, end, source[m.end():k]))
                    chunk = source[i:end]
                    emit(chunk, word + '"' + blank(chunk[len(word) + 1:-1]) + '"')
                    line += chunk.count("\n")
                    i = end
                    continue
            if j < n and source[j] in "\"'" and word in STRING_PREFIXES:
                emit(word)
                i = j
                continue
            emit(word)
            i = j
            continue
        if c.isdigit() or (c == "." and i + 1 < n and source[i + 1].isdigit()):
            # A pp-number, so that the ' of 1'000'000 is not taken for a character literal.
            j = i + 1
            while j < n:
                d = source[j]
                if d in "eEpP" and j + 1 < n and source[j + 1] in "+-":
                    j += 2
                elif d.isalnum() or d in "._" or (d == "'" and j + 1 < n and source[j + 1].isalnum()):
                    j += 1
                else:
                    break
            emit(source[i:j])
            i = j
            continue
        if c in "\"'":
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            end = min(n, j + 1)
            body = source[i + 1:min(j, n)]
            if c == '"':
                literals.append(Literal(line, i, end, body))
            emit(source[i:end], c + blank(body) + (c if j < n else ""))
            i = end
            continue
        if c == "\n":
            line += 1
        emit(c)
        i += 1
    return Lexed("".join(out_nc), "".join(out_code), literals)


def joined_literals(lexed: Lexed):
    """Adjacent literals ("SELECT a " "FROM t") as one string, with the line of the first."""
    group: list[Literal] = []
    for lit in lexed.literals:
        if group and lexed.code[group[-1].end:lit.start].strip() == "":
            group.append(lit)
            continue
        if group:
            yield group[0].line, "".join(l.text for l in group)
        group = [lit]
    if group:
        yield group[0].line, "".join(l.text for l in group)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def is_sql(text: str) -> bool:
    return bool(SQL_STATEMENT_START.search(text) or SQL_STATEMENT_INSIDE.search(text))


def widget_include(path: str) -> bool:
    parts = path.split("/")
    if parts[0] in WIDGET_MODULES:
        return True
    name = parts[-1]
    if name.endswith(".h"):
        return name.startswith("ui_")  # a form generated from ui/*.ui
    return name in QT_WIDGETS_CLASSES or name in OTHER_WIDGET_CLASSES


def include_layer(path: str) -> str | None:
    path = path.replace("\\", "/")
    while path.startswith("../") or path.startswith("./"):
        path = path.split("/", 1)[1]
    first = path.split("/", 1)[0]
    return first if first in LAYERS and "/" in path else None


def check_source(rel: str, layer: str | None, source: str) -> list[str]:
    found: list[tuple[int, str, str]] = []
    lexed = lex(source)

    def report(line: int, rule: str, detail: str) -> None:
        found.append((line, rule, detail))

    for m in INCLUDE.finditer(lexed.without_comments):
        line = line_of(lexed.without_comments, m.start())
        path = m.group(2).strip()
        if layer != SQL_LAYER and SQLITE_HEADER.match(path):
            report(line, "sql-outside-storage", f"includes {path}")
        if layer != WIDGETS_LAYER and widget_include(path):
            report(line, "widgets-outside-gui", f"includes {path}")
        target = include_layer(path)
        if layer in FORBIDDEN_INCLUDES and target in FORBIDDEN_INCLUDES[layer]:
            report(line, "layer-arrow", f"{layer} includes {path} ({target} is not below {layer})")

    if layer != SQL_LAYER:
        for line, text in joined_literals(lexed):
            if is_sql(text):
                shown = " ".join(text.split())
                shown = shown if len(shown) <= 70 else shown[:67] + "..."
                report(line, "sql-outside-storage", f'SQL statement "{shown}"')
        for pattern, what in ((SQL_API_USE, "uses {}"), (SQL_CONNECTION_CALL, "runs SQL: {}")):
            for m in pattern.finditer(lexed.code):
                report(line_of(lexed.code, m.start()), "sql-outside-storage",
                       what.format(" ".join(m.group(0).split())))
    return [f"{rel}:{line}: {rule}: {detail}" for line, rule, detail in sorted(found, key=lambda f: f[0])]


def layer_of(rel_to_src: str) -> str | None:
    parts = rel_to_src.replace(os.sep, "/").split("/")
    return parts[0] if len(parts) > 1 and parts[0] in LAYERS else None


def self_test() -> list[str]:
    """Each detector against a sample it must catch and one it must let pass."""
    must_fail = {
        ("exchange", 'auto s = c.prepare("SELECT id, uuid FROM reports WHERE posting_id = ?");'): "sql",
        ("app", 'auto s = db.connection().prepare(std::string("SELECT ") + cols + " FROM t");'): "sql",
        ("app", 'const char* q =\n  "UPDATE exchange_peers SET status = \'removed\' "\n  "WHERE id = ?";'): "sql",
        ("reports", 'q = "x IN (SELECT id FROM members)";'): "sql",
        ("app", 'auto r = R"(DELETE FROM members WHERE id = ?1)";'): "sql",
        ("cli", "void f(sql::Statement& s);"): "sql",
        ("gui", "m_db.connection().exec(text);"): "sql",
        ("app", "#include <sqlcipher/sqlite3.h>"): "sql",
        ("exchange", '#include "storage/sqlite.h"'): "sql",
        ("app", "#include <QDialog>"): "widgets",
        ("reports", "#include <QtWidgets/QWidget>"): "widgets",
        ("cli", '#include "ui_main_window.h"'): "widgets",
        ("core", '#include "storage/database.h"'): "arrow",
        ("storage", '#include "exchange/identity.h"'): "arrow",
        ("exchange", '#include "reports/csv_writer.h"'): "arrow",
        ("reports", '#include "app/session.h"'): "arrow",
        ("app", '#include "gui/main_window.h"'): "arrow",
    }
    must_pass = [
        ("exchange", '// SELECT id FROM t: comments do not count\n#include "storage/database.h"'),
        ("exchange", '/* #include "app/session.h" */ int x = 1\'000\'000; char c = \'"\';'),
        ("gui", "if (dialog.exec() != QDialog::Accepted) return;\n#include <QDialog>"),
        ("reports", "const Prepared p = prepare(item, n + 1);"),
        ("app", 'tr("Select the file to import."); tr("Update the member");'),
        ("app", "#include <QImage>\n#include <QPrinter>\n#include \"exchange/identity.h\""),
        ("storage", 'auto s = c.prepare("SELECT 1"); sql::Statement t;\n#include <sqlcipher/sqlite3.h>'),
        ("gui", '#include "ui_main_window.h"\n#include "app/session.h"'),
    ]
    problems = []
    for (layer, sample), kind in must_fail.items():
        if not check_source(f"<self-test {kind}>", layer, sample):
            problems.append(f"self-test: missed a {kind} violation in {layer}: {sample!r}")
    for layer, sample in must_pass:
        found = check_source("<self-test>", layer, sample)
        if found:
            problems.append(f"self-test: false alarm in {layer}: {found}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print(f"usage: {os.path.basename(argv[0])} SRC_DIR", file=sys.stderr)
        return 2
    broken = self_test()
    if broken:
        print("\n".join(broken), file=sys.stderr)
        return 3
    src = os.path.abspath(argv[1])
    if not any(os.path.isdir(os.path.join(src, layer)) for layer in LAYERS):
        print(f"{src}: none of the layer directories ({', '.join(LAYERS)}) is here", file=sys.stderr)
        return 2
    shown_root = os.path.dirname(src)
    findings: list[str] = []
    checked = 0
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                source = f.read()
            checked += 1
            findings += check_source(os.path.relpath(path, shown_root), layer_of(os.path.relpath(path, src)),
                                     source)
    if findings:
        print("\n".join(findings))
        print(f"{len(findings)} layering violation(s) in {checked} files; see docs/architecture.md",
              file=sys.stderr)
        return 1
    print(f"layering ok: {checked} files under {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
