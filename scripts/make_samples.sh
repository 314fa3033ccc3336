#!/usr/bin/env bash
# Regenerates docs/samples/: every printed document as PDF plus a PNG of its first page, printed by the
# real `orec` from a demo department made by the real generator (no real people).
#   scripts/make_samples.sh [BUILD_DIR]   (default: build; needs pdftoppm and jq)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
orec_bin="$build/src/orec"
out="$root/docs/samples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

export OREC_PASSPHRASE="${OREC_PASSPHRASE:-Mẫu tài liệu demo 2026!}"
export QT_QPA_PLATFORM=offscreen
db="$work/demo.orec"
orec() { "$orec_bin" --db "$db" --user demo "$@"; }

orec demo --members 2000 --seed 1 >/dev/null

today="$(date +%Y-%m-%d)"
year="$(date +%Y)"
quarter_start="$(date -d "$today -90 days" +%Y-%m-%d)"

# The letters the forms print: the latest temporary (2-SHĐ) and labour-export (3A-SHĐ) letters, and the
# committee with the most letters this year for the lists (3C-SHĐ, 10-SHĐ).
letters="$work/letters.jsonl"
: >"$letters"
for code in $(orec unit list --home --json | jq -r '.[] | select(.kind == "committee") | .code'); do
  for y in $((year - 2)) $((year - 1)) "$year"; do
    orec transfer register "$code" --year "$y" --json | jq -c --arg c "$code" '.[] | . + {committee: $c}' >>"$letters"
  done
done
temporary="$(jq -s -r '[.[] | select(.kind == "temporary")] | sort_by(.issue_date) | last | .id' "$letters")"
labour="$(jq -s -r '[.[] | select(.kind == "labour_export")] | sort_by(.issue_date) | last | .id' "$letters")"
busiest="$(jq -s -r --arg y "$year" '[.[] | select(.register_year == ($y | tonumber))] | group_by(.committee)
  | max_by(length) | .[0].committee' "$letters")"
# 3C-SHĐ reports a batch of labour-export slips: the committee that sent most in the last two years.
exporter="$(jq -s -r --arg y "$year" '[.[] | select(.kind == "labour_export" and .direction == "out"
  and .register_year >= ($y | tonumber) - 1)] | group_by(.committee) | max_by(length) | .[0].committee' "$letters")"
# A member abroad now with the longest record.
member="$(orec abroad --json --limit 200 | jq -r '[.rows[] | select(.party_card_no != null and .party_card_no != "")]
  | first | .party_card_no')"

# The committee's identity, entered once: the superior unit's line, its symbol and the signer.
orec documents set-identity --superior "Đảng bộ Khối các cơ quan Trung ương" --symbol "ĐU" \
  --signer "Lê Hoàng Quân" >/dev/null

# Lists are issued (--final) with the next number of their kind in the document register (Số 01-DS/ĐU,
# Số 02-DS/ĐU...); the transfer forms carry their transfer register number. One draft shows BẢN NHÁP.
issuer=(--recipients "Ban Tổ chức Đảng ủy cấp trên,;Lưu Văn phòng.")
print() { local name="$1"; shift; orec print "$@" --final "${issuer[@]}" --out "$out/$name.pdf" >/dev/null; }
form() { local name="$1"; shift; orec print "$@" --out "$out/$name.pdf" >/dev/null; }

mkdir -p "$out"
print abroad-by-country abroad
print abroad-by-home-unit abroad --by home-unit
print movements movements --from "$quarter_start" --to "$today"
print reports-due reports-due --within 30
print member-record member --member "$member"
print statistics statistics --from "$year-01-01" --to "$today"
form form-2-shd 2-shd --transfer "$temporary"
# The same letter as the values alone, for the pre-printed sheet, and the page that calibrates a printer.
form form-2-shd-overlay 2-shd --transfer "$temporary" --overlay --offset-x 0 --offset-y 0
orec print calibration --printer "Máy in văn phòng" --out "$out/form-calibration.pdf" >/dev/null
form form-3a-shd 3a-shd --transfer "$labour"
# 3C-SHĐ goes with one batch of 3A-SHĐ slips: those the committee issued on its latest day of issue.
form form-3c-shd 3c-shd --committee "$exporter"
form form-10-shd 10-shd --committee "$busiest" --year "$year"
# Reminder letters (one per page, each with its own CV number) of the member whose reports fell overdue last,
# and the same as a draft: the whole batch is a hundred pages in this department.
late="$(orec report due --overdue --json | jq -r '[.rows[] | select(.party_card_no != null and .party_card_no != "")]
  | sort_by(.due_date) | last | .party_card_no')"
print reminders reminders --member "$late"
orec print reminders --member "$late" --out "$out/reminders-draft.pdf" >/dev/null
orec documents list >"$work/register.txt"

# Page 1 of each at 80 dpi: readable, and small enough to keep in the repository.
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "${pdf%.pdf}-p1"
done
ls -l "$out"
