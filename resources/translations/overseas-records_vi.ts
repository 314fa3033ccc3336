<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Verify the chain again</source>
        <translation>&amp;Xác minh lại chuỗi</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Loại bản ghi:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Only the selected &amp;record</source>
        <translation>Chỉ &amp;bản ghi đang chọn</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Xó&amp;a bộ lọc</translation>
    </message>
    <message>
        <source>Show unchanged &amp;fields</source>
        <translation>Hiện cả các trường &amp;không đổi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>Xuất &amp;danh sách…</translation>
    </message>
    <message>
        <source>Writes the entries the filters keep, with the columns shown, to an Excel workbook or a CSV file</source>
        <translation>Ghi các dòng nhật ký còn lại sau khi lọc, với các cột đang hiển thị, ra bảng tính Excel hoặc tệp CSV</translation>
    </message>
</context>
<context>
    <name>CellsScreen</name>
    <message>
        <source>Overseas cells</source>
        <translation>Chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Find a cell or a country (diacritics optional)</source>
        <translation>Tìm chi bộ hoặc nước (có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Show &amp;inactive cells</source>
        <translation>Hiện cả chi bộ không còn &amp;hoạt động</translation>
    </message>
    <message>
        <source>Country, cell type, cell</source>
        <translation>Nước, loại chi bộ, chi bộ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Đảng viên đang sinh hoạt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Abroad, not in a cell</source>
        <translation>Ở nước ngoài, chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Show these &amp;members</source>
        <translation>&amp;Xem danh sách đảng viên này</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
<context>
    <name>CommitteeLevelsDialog</name>
    <message>
        <source>Committee levels</source>
        <translation>Cấp của cấp ủy</translation>
    </message>
    <message>
        <source>A committee&apos;s level decides which papers it issues and who signs them: a district-level committee or above issues the official posting slip abroad (3A-SHĐ) and signs “T/M BAN THƯỜNG VỤ”; a grassroots committee signs “T/M ĐẢNG ỦY”.</source>
        <translation>Cấp của cấp ủy quyết định cấp ủy đó cấp những giấy tờ nào và ai ký: cấp ủy cấp huyện và tương đương trở lên cấp phiếu công tác chính thức ngoài nước (3A-SHĐ) và ký “T/M BAN THƯỜNG VỤ”; đảng ủy cơ sở ký “T/M ĐẢNG ỦY”.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Click a figure, a bar or a slice to see the list behind it.</source>
        <translation>Bấm vào một số liệu, một cột hoặc một phần biểu đồ để xem danh sách tương ứng.</translation>
    </message>
</context>
<context>
    <name>EnrolmentCodeDialog</name>
    <message>
        <source>Enrolment code</source>
        <translation>Mã ghi danh</translation>
    </message>
    <message>
        <source>Hand this code to the secretary in person, or read it out by phone. Never send it with the package or by the same channel. It is shown only now: home keeps only a key made from it. Next, export the cell&apos;s first package (File → Export a cell package…) and send it to the secretary.</source>
        <translation>Hãy trao mã này trực tiếp cho bí thư hoặc đọc qua điện thoại. Không bao giờ gửi mã kèm gói hoặc qua cùng một kênh. Mã chỉ hiển thị lần này: cơ sở dữ liệu trong nước chỉ giữ một khóa tạo ra từ mã. Tiếp theo, hãy xuất gói đầu tiên của chi bộ (Tệp → Xuất gói gửi cho chi bộ…) và gửi cho bí thư.</translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint, which the secretary compares by phone when they set up their laptop:</source>
        <translation>Dấu vân tay khóa của cơ sở dữ liệu trong nước, để bí thư đối chiếu qua điện thoại khi cài đặt máy tính xách tay:</translation>
    </message>
    <message>
        <source>I have handed over or written down the code</source>
        <translation>Tôi đã trao hoặc ghi lại mã</translation>
    </message>
</context>
<context>
    <name>ExportCellPackageDialog</name>
    <message>
        <source>Export a cell package</source>
        <translation>Xuất gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>A cell package holds the chosen cell&apos;s members, their postings, reports and transfer letters, and nothing about anyone else. It is signed by home and can be opened only by the cell&apos;s secretary.</source>
        <translation>Gói gửi cho chi bộ chứa đảng viên của chi bộ được chọn, các đợt ra nước ngoài, báo cáo và giấy giới thiệu sinh hoạt đảng của họ, không có thông tin về người khác. Gói có chữ ký số của cơ sở dữ liệu trong nước và chỉ bí thư chi bộ mới mở được.</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;họn…</translation>
    </message>
</context>
<context>
    <name>FieldSetupDialog</name>
    <message>
        <source>Set up this laptop from a cell package</source>
        <translation>Cài đặt máy tính xách tay này từ gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>As a cell secretary you received two things from home: the cell&apos;s first package (a file ending in .orecpkg) and, separately, a one-time enrolment code. With both, this laptop gets its own encrypted database holding your cell and nothing else.</source>
        <translation>Là bí thư chi bộ, bạn đã nhận từ trong nước hai thứ: gói đầu tiên của chi bộ (tệp có đuôi .orecpkg) và, gửi riêng, một mã ghi danh dùng một lần. Với cả hai, máy tính xách tay này sẽ có cơ sở dữ liệu mã hóa riêng, chỉ chứa chi bộ của bạn.</translation>
    </message>
    <message>
        <source>Cell &amp;package:</source>
        <translation>&amp;Gói của chi bộ:</translation>
    </message>
    <message>
        <source>File ending in .orecpkg</source>
        <translation>Tệp có đuôi .orecpkg</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Mã ghi danh:</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>Choose where the laptop&apos;s database is kept and the passphrase that opens it. Nobody at home knows this passphrase: keep it to yourself.</source>
        <translation>Chọn nơi lưu cơ sở dữ liệu của máy tính xách tay và mật khẩu để mở. Ở trong nước không ai biết mật khẩu này: hãy tự giữ.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên người &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Quay &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Create the field database</source>
        <translation>Tạo cơ &amp;sở dữ liệu ở nước ngoài</translation>
    </message>
    <message>
        <source>Compare by phone with home</source>
        <translation>Đối chiếu qua điện thoại với trong nước</translation>
    </message>
    <message>
        <source>Home:</source>
        <translation>Trong nước:</translation>
    </message>
    <message>
        <source>This laptop:</source>
        <translation>Máy tính xách tay này:</translation>
    </message>
    <message>
        <source>Call home and read both aloud, group by group. Home&apos;s must match what home sees in Keys and fingerprints; home writes down this laptop&apos;s and compares it when your first return package arrives.</source>
        <translation>Hãy gọi điện về trong nước và đọc to cả hai dấu vân tay, từng nhóm ký tự. Dấu vân tay của cơ sở dữ liệu trong nước phải khớp với dấu vân tay mà trong nước thấy ở mục Khóa và dấu vân tay; trong nước ghi lại dấu vân tay của máy tính xách tay này để đối chiếu khi nhận gói gửi về đầu tiên của bạn.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>With this key alone the laptop&apos;s database opens when the passphrase is lost. It is shown only now: write it down and keep it apart from the laptop.</source>
        <translation>Chỉ với khóa này, cơ sở dữ liệu của máy tính xách tay vẫn mở được khi quên mật khẩu. Khóa chỉ hiển thị lần này: hãy ghi lại và cất giữ tách biệt với máy tính xách tay.</translation>
    </message>
    <message>
        <source>I have written down the recovery key and checked it</source>
        <translation>Tôi đã ghi lại khóa khôi phục và kiểm tra lại</translation>
    </message>
    <message>
        <source>&amp;Open the field database</source>
        <translation>&amp;Mở cơ sở dữ liệu ở nước ngoài</translation>
    </message>
</context>
<context>
    <name>FieldStatusDialog</name>
    <message>
        <source>Status of my changes</source>
        <translation>Tình trạng các thay đổi của tôi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Ghi nhận lúc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Your package</source>
        <translation>Gói của bạn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>What home did</source>
        <translation>Trong nước đã xử lý</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Import a package from a cell</source>
        <translation>Nhập gói từ chi bộ</translation>
    </message>
    <message>
        <source>This is the first package from the secretary&apos;s laptop. Before applying it, call the secretary and have them read out their laptop&apos;s fingerprint: it must match this one exactly.</source>
        <translation>Đây là gói đầu tiên từ máy tính xách tay của bí thư. Trước khi áp dụng, hãy gọi điện cho bí thư và đề nghị đọc dấu vân tay khóa của máy: phải khớp hoàn toàn với dấu vân tay này.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>At home now</source>
        <translation>Hiện tại ở trong nước</translation>
    </message>
    <message>
        <source>From the cell</source>
        <translation>Từ chi bộ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Thay đổi được chọn</translation>
    </message>
    <message>
        <source>Before the cell&apos;s change:</source>
        <translation>Trước khi chi bộ sửa:</translation>
    </message>
    <message>
        <source>At home now:</source>
        <translation>Hiện tại ở trong nước:</translation>
    </message>
    <message>
        <source>From the cell:</source>
        <translation>Từ chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Keep home&apos;s value</source>
        <translation>&amp;Giữ giá trị trong nước</translation>
    </message>
    <message>
        <source>&amp;Take the cell&apos;s value</source>
        <translation>&amp;Lấy giá trị của chi bộ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Dùng giá trị này</translation>
    </message>
    <message>
        <source>Keep home&apos;s value in every open conflict</source>
        <translation>Giữ giá trị trong nước cho mọi xung đột chưa giải quyết</translation>
    </message>
    <message>
        <source>Take the cell&apos;s value in every open conflict</source>
        <translation>Lấy giá trị của chi bộ cho mọi xung đột chưa giải quyết</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Chạy thử</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>IssueTransferDialog</name>
    <message>
        <source>Issue a transfer letter</source>
        <translation>Cấp giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>&amp;Kind of letter:</source>
        <translation>Loại &amp;giấy:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>Cấp ủy &amp;cấp giấy:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ngày cấp:</translation>
    </message>
    <message>
        <source>&amp;Receiving unit:</source>
        <translation>&amp;Tổ chức đảng nơi đến:</translation>
    </message>
    <message>
        <source>Name on the &amp;letter:</source>
        <translation>Tên ghi t&amp;rên giấy:</translation>
    </message>
    <message>
        <source>the receiving unit as written on the letter</source>
        <translation>tên tổ chức đảng nơi đến như ghi trên giấy</translation>
    </message>
    <message>
        <source>&amp;Party card no.:</source>
        <translation>Số thẻ đảng &amp;viên:</translation>
    </message>
    <message>
        <source>&amp;Dossier no.:</source>
        <translation>Số &amp;lý lịch:</translation>
    </message>
    <message>
        <source>D&amp;ues paid up to:</source>
        <translation>Đã đóng đảng phí đến hết t&amp;háng:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys and fingerprints</source>
        <translation>Khóa và dấu vân tay</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Bên trao đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>To check a party, call them and read the fingerprints aloud group by group: both sides must see exactly the same characters. The letters I, L, O and U never occur, so what sounds alike cannot be confused.</source>
        <translation>Để kiểm tra một bên trao đổi, hãy gọi điện và đọc to dấu vân tay khóa theo từng nhóm: hai bên phải thấy đúng các ký tự như nhau. Các chữ I, L, O và U không bao giờ xuất hiện nên không thể nhầm các ký tự đọc giống nhau.</translation>
    </message>
</context>
<context>
    <name>MemberDossierDialog</name>
    <message>
        <source>Member dossier</source>
        <translation>Hồ sơ đảng viên</translation>
    </message>
    <message>
        <source>&amp;Identity and party data</source>
        <translation>T&amp;hông tin cá nhân và đảng viên</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>Ho&amp;metown:</source>
        <translation>&amp;Quê quán:</translation>
    </message>
    <message>
        <source>&amp;Citizen ID:</source>
        <translation>Số CCC&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Party card no.:</source>
        <translation>Số thẻ đảng &amp;viên:</translation>
    </message>
    <message>
        <source>&amp;Dossier no.:</source>
        <translation>Số &amp;lý lịch:</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>&amp;Ngày vào Đảng:</translation>
    </message>
    <message>
        <source>Full me&amp;mber on:</source>
        <translation>Ngà&amp;y chính thức:</translation>
    </message>
    <message>
        <source>&amp;Home unit:</source>
        <translation>Đơn vị sinh hoạt t&amp;rong nước:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Nơ&amp;i công tác:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Under disciplinary review or investigation (may not be sent abroad)</source>
        <translation>Đang bị xem xét kỷ luật hoặc điều tra (không được cử ra nước ngoài)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>P&amp;ostings</source>
        <translation>Đợt &amp;ra nước ngoài</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Party activity</source>
        <translation>Sinh hoạt đảng</translation>
    </message>
    <message>
        <source>&amp;Plan a posting…</source>
        <translation>&amp;Lập kế hoạch đợt ra nước ngoài…</translation>
    </message>
    <message>
        <source>Open the &amp;posting…</source>
        <translation>&amp;Mở đợt ra nước ngoài…</translation>
    </message>
    <message>
        <source>&amp;Cell history</source>
        <translation>Q&amp;uá trình sinh hoạt</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Record a &amp;rating or an event…</source>
        <translation>Ghi nhận &amp;xếp loại hoặc sự việc…</translation>
    </message>
    <message>
        <source>The annual rating, or an event the member reports: a foreign award, a foreign organisation, marriage to a foreign national, a change of nationality or residence</source>
        <translation>Đánh giá, xếp loại chất lượng đảng viên hằng năm, hoặc sự việc đảng viên báo cáo: được nước ngoài trao giải thưởng, tham gia tổ chức nước ngoài, kết hôn với người nước ngoài, thay đổi quốc tịch hoặc tình trạng cư trú</translation>
    </message>
    <message>
        <source>&amp;File or open the report…</source>
        <translation>&amp;Ghi nhận hoặc mở báo cáo…</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Lịch sử th&amp;ay đổi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>Bí dan&amp;h:</translation>
    </message>
</context>
<context>
    <name>MemberReportDialog</name>
    <message>
        <source>Record a rating or an event report</source>
        <translation>Ghi nhận xếp loại hoặc báo cáo sự việc</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>Ngày &amp;xảy ra sự việc:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Cell&apos;s remarks:</source>
        <translation>Nhận xét của &amp;chi bộ:</translation>
    </message>
    <message>
        <source>C&amp;ommittee&apos;s opinion:</source>
        <translation>Ý kiến của cấ&amp;p ủy:</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Search: name (with or without diacritics), party card number or citizen ID — Ctrl+F</source>
        <translation>Tìm: họ tên (có dấu hoặc không dấu), số thẻ đảng viên hoặc số CCCD — Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Thêm đảng viên mới…</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Đan&amp;g ở:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Nước:</translation>
    </message>
    <message>
        <source>Cell &amp;type:</source>
        <translation>&amp;Loại chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Mục đíc&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Home unit:</source>
        <translation>Đơn vị &amp;sinh hoạt trong nước:</translation>
    </message>
    <message>
        <source>Pro&amp;bationary only</source>
        <translation>Chỉ đảng &amp;viên dự bị</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Xó&amp;a bộ lọc</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>&amp;Cột</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Reset passphrase</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
<context>
    <name>PostingEditorDialog</name>
    <message>
        <source>Posting</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Nothing more to do: the posting is finished.</source>
        <translation>Không còn việc gì: đợt ra nước ngoài đã kết thúc.</translation>
    </message>
    <message>
        <source>&amp;Plan and decision</source>
        <translation>&amp;Kế hoạch và quyết định</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>Co&amp;untries:</source>
        <translation>&amp;Nước đến:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Thành phố:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>Cơ qu&amp;an, tổ chức tiếp nhận:</translation>
    </message>
    <message>
        <source>The trip includes &amp;visiting relatives abroad</source>
        <translation>Chu&amp;yến đi có thăm thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>Party members in the &amp;delegation:</source>
        <translation>Số đản&amp;g viên trong đoàn:</translation>
    </message>
    <message>
        <source>Planned de&amp;parture:</source>
        <translation>Ngày đi &amp;dự kiến:</translation>
    </message>
    <message>
        <source>Planned &amp;return:</source>
        <translation>Ngày &amp;về dự kiến:</translation>
    </message>
    <message>
        <source>Sending &amp;decision no.:</source>
        <translation>Số q&amp;uyết định cử:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Approving &amp;committee:</source>
        <translation>Cấ&amp;p ủy phê duyệt:</translation>
    </message>
    <message>
        <source>Political-standard co&amp;nclusion:</source>
        <translation>Kết &amp;luận tiêu chuẩn chính trị:</translation>
    </message>
    <message>
        <source>Party &amp;activity:</source>
        <translation>Hình thức sinh h&amp;oạt đảng:</translation>
    </message>
    <message>
        <source>Atte&amp;ndance:</source>
        <translation>&amp;Sinh hoạt:</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>Tiến t&amp;rình</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Hồ sơ, báo cáo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>Thêm văn &amp;bản…</translation>
    </message>
    <message>
        <source>File a document the rules did not call for: the cell committee&apos;s remarks, a self-review, a report received</source>
        <translation>Lưu một văn bản mà quy tắc không yêu cầu: nhận xét của chi ủy, bản tự kiểm điểm, báo cáo đã nhận</translation>
    </message>
    <message>
        <source>&amp;File or open the document…</source>
        <translation>&amp;Ghi nhận hoặc mở văn bản…</translation>
    </message>
</context>
<context>
    <name>PostingsScreen</name>
    <message>
        <source>Postings</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Open the &amp;posting…</source>
        <translation>Mở đợt &amp;ra nước ngoài…</translation>
    </message>
    <message>
        <source>Open the &amp;member…</source>
        <translation>&amp;Mở hồ sơ đảng viên…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Grouped:</source>
        <translation>N&amp;hóm theo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Due &amp;within (days):</source>
        <translation>Đến hạn t&amp;rong (ngày):</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>Đản&amp;g viên:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>&amp;Cấp ủy cấp giấy:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>G&amp;iấy giới thiệu:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xport the table…</source>
        <translation>Xuất &amp;bảng…</translation>
    </message>
    <message>
        <source>&amp;Issue with a number…</source>
        <translation>Cấp &amp;số và phát hành…</translation>
    </message>
    <message>
        <source>Le&amp;vels…</source>
        <translation>Cấ&amp;p của cấp ủy…</translation>
    </message>
    <message>
        <source>E&amp;nclosed papers:</source>
        <translation>Hồ sơ &amp;kèm theo:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Giấy in:</translation>
    </message>
    <message>
        <source>Print on the pre-printed &amp;form (the values only)</source>
        <translation>In lên mẫ&amp;u in sẵn (chỉ in phần nội dung)</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>Má&amp;y in:</translation>
    </message>
    <message>
        <source>&amp;Calibrate printer…</source>
        <translation>Căn c&amp;hỉnh máy in…</translation>
    </message>
</context>
<context>
    <name>PrinterCalibrationDialog</name>
    <message>
        <source>Calibrate printer</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <source>Print the test page on plain A4 paper at full size. Measure from the sheet&apos;s left and top edges to the centre of a cross: if the cross marked (30, 40) lands 32 mm from the left and 39 mm from the top, the horizontal offset is 30 − 32 = −2 mm and the vertical offset 40 − 39 = +1 mm. Save the offsets, then print the page again: every cross should land on its numbers.</source>
        <translation>In trang thử lên giấy trắng A4, đúng khổ giấy thật. Đo từ mép trái và mép trên tờ giấy đến tâm dấu chữ thập: nếu dấu ghi (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên thì độ lệch ngang là 30 − 32 = −2 mm và độ lệch dọc là 40 − 39 = +1 mm. Lưu các độ lệch rồi in lại trang thử: mọi dấu chữ thập phải trùng với số ghi bên cạnh.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Máy in:</translation>
    </message>
    <message>
        <source>&amp;Horizontal offset (mm):</source>
        <translation>Độ lệch &amp;ngang (mm):</translation>
    </message>
    <message>
        <source>&amp;Vertical offset (mm):</source>
        <translation>Độ lệch &amp;dọc (mm):</translation>
    </message>
    <message>
        <source>Print the &amp;test page…</source>
        <translation>In &amp;trang thử…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Mở bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the database was created (or last re-keyed). An administrator then chooses a new passphrase; a lost key file is made again.</source>
        <translation>Nhập khóa khôi phục đã in khi tạo cơ sở dữ liệu (hoặc khi đổi khóa mã hóa lần gần nhất). Sau đó quản trị viên chọn mật khẩu mới; tệp khóa bị mất sẽ được tạo lại.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Khóa khôi phục:</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Quản trị viên:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
<context>
    <name>ReportFormDialog</name>
    <message>
        <source>&amp;Content</source>
        <translation>Nội &amp;dung</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>Countries and &amp;places:</source>
        <translation>Nước và &amp;nơi đến:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>Ngày đ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Return:</source>
        <translation>Ngày &amp;về nước:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>&amp;Kinh phí do:</translation>
    </message>
    <message>
        <source>Travel &amp;companions:</source>
        <translation>Người đi &amp;cùng:</translation>
    </message>
    <message>
        <source>Relatives &amp;abroad:</source>
        <translation>Thân nhân ở nước n&amp;goài:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Commits to take no classified documents abroad</source>
        <translation>Cam kết không mang tài liệu mật ra nước ngoài</translation>
    </message>
    <message>
        <source>Acknowledges the duty to report what happens abroad and on return</source>
        <translation>Cam kết thực hiện chế độ báo cáo những việc phát sinh ở nước ngoài và khi về nước</translation>
    </message>
    <message>
        <source>Actual &amp;departure:</source>
        <translation>Ngà&amp;y đi thực tế:</translation>
    </message>
    <message>
        <source>Actual &amp;return:</source>
        <translation>Ngày về nước t&amp;hực tế:</translation>
    </message>
    <message>
        <source>&amp;Places visited:</source>
        <translation>&amp;Nơi đã đến:</translation>
    </message>
    <message>
        <source>&amp;Work done, results:</source>
        <translation>&amp;Công việc, kết quả:</translation>
    </message>
    <message>
        <source>Contacts with foreign &amp;persons and organisations:</source>
        <translation>Tiếp xúc &amp;với cá nhân, tổ chức nước ngoài:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What about</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>&amp;Gifts, awards or titles offered:</source>
        <translation>&amp;Quà tặng, giải thưởng, danh hiệu được trao:</translation>
    </message>
    <message>
        <source>&amp;Invitations to join foreign organisations:</source>
        <translation>&amp;Lời mời tham gia tổ chức nước ngoài:</translation>
    </message>
    <message>
        <source>I&amp;ncidents (lost documents, approaches, detention):</source>
        <translation>&amp;Sự cố (mất tài liệu, bị tiếp cận, bị tạm giữ):</translation>
    </message>
    <message>
        <source>&amp;Own assessment of conduct:</source>
        <translation>Tự đánh giá việc chấ&amp;p hành:</translation>
    </message>
    <message>
        <source>This document has no content fields here: record when it was received and the opinions, and attach the signed scan.</source>
        <translation>Văn bản này không có trường nội dung ở đây: hãy ghi ngày nhận, các ý kiến và đính kèm bản quét có chữ ký.</translation>
    </message>
    <message>
        <source>Receipt and &amp;opinions</source>
        <translation>&amp;Tiếp nhận và ý kiến</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Ngày &amp;nhận:</translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;opinion:</source>
        <translation>Ý kiến của &amp;chi bộ:</translation>
    </message>
    <message>
        <source>Committee&apos;s o&amp;pinion:</source>
        <translation>Ý kiến của cấ&amp;p ủy:</translation>
    </message>
    <message>
        <source>Committee&apos;s &amp;decision:</source>
        <translation>&amp;Quyết định của cấp ủy:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Ngày q&amp;uyết định:</translation>
    </message>
    <message>
        <source>Confirmed by the overseas cell or the mission</source>
        <translation>Đã được chi bộ ở nước ngoài hoặc cơ quan đại diện xác nhận</translation>
    </message>
    <message>
        <source>&amp;Scans</source>
        <translation>&amp;Bản quét</translation>
    </message>
    <message>
        <source>Scanned, signed documents (PDF or image). They are stored encrypted inside the database.</source>
        <translation>Bản quét văn bản đã ký (PDF hoặc ảnh). Được lưu mã hóa trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>Đính &amp;kèm bản quét…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save an unencrypted cop&amp;y…</source>
        <translation>Lưu một bản &amp;sao không mã hóa…</translation>
    </message>
</context>
<context>
    <name>ReportsDueScreen</name>
    <message>
        <source>Reports due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Due &amp;within:</source>
        <translation>Đến hạn &amp;trong:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Open the &amp;member…</source>
        <translation>&amp;Mở hồ sơ đảng viên…</translation>
    </message>
    <message>
        <source>&amp;File the report…</source>
        <translation>&amp;Ghi nhận báo cáo…</translation>
    </message>
    <message>
        <source>Re&amp;minder letters…</source>
        <translation>&amp;Công văn đôn đốc…</translation>
    </message>
</context>
<context>
    <name>SecretariesDialog</name>
    <message>
        <source>Cell secretaries</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <source>Each overseas cell has one secretary whose laptop trades packages with home. Enrolling gives a one-time code that opens the cell&apos;s first package; removing a secretary refuses every later package from their laptop (a lost laptop, a secretary replaced).</source>
        <translation>Mỗi chi bộ ở nước ngoài có một bí thư, máy tính xách tay của bí thư trao đổi gói với trong nước. Ghi danh tạo một mã dùng một lần để mở gói đầu tiên của chi bộ; gỡ bỏ bí thư thì mọi gói sau đó từ máy tính xách tay của người này đều bị từ chối (khi mất máy, khi thay bí thư).</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Laptop&apos;s fingerprint</source>
        <translation>Dấu vân tay khóa của máy tính xách tay</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;name:</source>
        <translation>&amp;Họ tên bí thư:</translation>
    </message>
    <message>
        <source>as it will be shown with their key</source>
        <translation>như sẽ hiển thị kèm khóa</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Ghi danh…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Gỡ &amp;bỏ…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Tự khóa sau:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Định &amp;dạng ngày:</translation>
    </message>
    <message>
        <source>Without a key press or mouse movement for this long, the program locks itself and forgets the key.</source>
        <translation>Nếu không có thao tác bàn phím hoặc chuột trong khoảng thời gian này, chương trình tự khóa và xóa khóa khỏi bộ nhớ.</translation>
    </message>
    <message>
        <source>Committee on printed documents</source>
        <translation>Cấp ủy ghi trên văn bản in</translation>
    </message>
    <message>
        <source>Superior &amp;unit:</source>
        <translation>Tổ chức đảng cấp t&amp;rên:</translation>
    </message>
    <message>
        <source>Issuing &amp;committee:</source>
        <translation>Cấp ủy &amp;cấp giấy:</translation>
    </message>
    <message>
        <source>S&amp;ymbol in numbers:</source>
        <translation>Ký &amp;hiệu trong số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Signs &amp;on behalf of:</source>
        <translation>Ký thay &amp;mặt:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Term started on:</source>
        <translation>Ngày &amp;bắt đầu nhiệm kỳ:</translation>
    </message>
    <message>
        <source>Printed in the heading and signature of every document. Left empty, they come from the party units. Numbers of each kind start again from 01 on the first day of the committee&apos;s term.</source>
        <translation>In ở phần đầu và phần chữ ký của mọi văn bản. Nếu để trống, các thông tin này được lấy theo tổ chức đảng. Số văn bản của từng loại được đánh lại từ 01 kể từ ngày đầu tiên của nhiệm kỳ cấp ủy.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one header row.</source>
        <translation>Tệp CSV hoặc bảng tính Excel (.xlsx) có một dòng tiêu đề.</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Loại bản ghi:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Each column of the sheet feeds one field of the register, or nothing. Columns whose names match were matched already.</source>
        <translation>Mỗi cột của trang tính được đưa vào một trường của cơ sở dữ liệu, hoặc bỏ qua. Các cột trùng tên đã được ghép sẵn.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Cells with a problem are red, duplicates orange; point at a cell for the reason.</source>
        <translation>Chưa ghi dữ liệu nào. Ô có lỗi tô đỏ, ô trùng lặp tô cam; trỏ chuột vào ô để xem lý do.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Import &amp;all rows or nothing</source>
        <translation>Nhập &amp;tất cả các dòng hoặc không nhập gì</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows; write the others with their reasons to a rejects file</source>
        <translation>Chỉ nhập các dòng hợp &amp;lệ; ghi các dòng còn lại kèm lý do vào tệp dòng bị loại</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Approving &amp;committee:</source>
        <translation>&amp;Cấp ủy phê duyệt:</translation>
    </message>
    <message>
        <source>Decision &amp;no.:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Ngày &amp;quyết định:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Overseas c&amp;ell:</source>
        <translation>C&amp;hi bộ ở nước ngoài:</translation>
    </message>
    <message>
        <source>New planned &amp;return:</source>
        <translation>Ngày &amp;về dự kiến mới:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Overseas Records</source>
        <translation>Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>Records of party members abroad</source>
        <translation>Quản lý đảng viên ra nước ngoài</translation>
    </message>
    <message>
        <source>Encrypted register — open it with your user name and passphrase</source>
        <translation>Sổ hồ sơ được mã hóa — mở bằng tên người dùng và mật khẩu của bạn</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>File ending in .orec</source>
        <translation>Tệp có đuôi .orec</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Dùng khóa khôi &amp;phục…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Create a &amp;new database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>A new database is encrypted from its first byte. You become its first administrator.</source>
        <translation>Cơ sở dữ liệu mới được mã hóa ngay từ byte đầu tiên. Bạn sẽ là quản trị viên đầu tiên của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Quản trị viên:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Quay &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>Tạo &amp;cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>This is the recovery key of the new database. With it alone an administrator can open the database when every passphrase is lost. It is shown only now: print it or write it down, check it, and keep it locked away.</source>
        <translation>Đây là khóa khôi phục của cơ sở dữ liệu mới. Chỉ với khóa này, quản trị viên có thể mở cơ sở dữ liệu khi mọi mật khẩu đều bị mất. Khóa chỉ hiển thị lần này: hãy in hoặc chép lại, kiểm tra kỹ và cất giữ cẩn mật.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and checked it</source>
        <translation>Tôi đã in hoặc chép lại khóa khôi phục và đã kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Set up from a &amp;cell package…</source>
        <translation>Cài đặt từ &amp;gói gửi cho chi bộ…</translation>
    </message>
    <message>
        <source>For a cell secretary abroad: make this laptop&apos;s database from the first package home sent, with the enrolment code</source>
        <translation>Dành cho bí thư chi bộ ở nước ngoài: tạo cơ sở dữ liệu của máy tính xách tay này từ gói đầu tiên do trong nước gửi, cùng với mã ghi danh</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Can unlock</source>
        <translation>Mở khóa được</translation>
    </message>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Thêm người dùng…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Reset passphrase…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Each user unlocks the database with their own passphrase. Administrators manage users and keys; clerks read and write records; auditors read records and the audit log and change nothing. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages (administrators by default, clerks by a grant, auditors never).</source>
        <translation>Mỗi người dùng mở khóa cơ sở dữ liệu bằng mật khẩu riêng của mình. Quản trị viên quản lý người dùng và khóa; cán bộ nghiệp vụ đọc và ghi hồ sơ; kiểm tra viên đọc hồ sơ và nhật ký kiểm tra, không thay đổi gì. Những người ký thay mặt trong nước giữ khóa trao đổi của cơ sở dữ liệu trong nước: họ xuất gói gửi cho chi bộ và nhập gói gửi về (mặc định là quản trị viên; cán bộ nghiệp vụ khi được cấp quyền; kiểm tra viên thì không bao giờ).</translation>
    </message>
    <message>
        <source>Signs as home</source>
        <translation>Ký thay mặt trong nước</translation>
    </message>
    <message>
        <source>Let sign as &amp;home</source>
        <translation>Cho phép ký với tư cách &amp;trong nước</translation>
    </message>
</context>
<context>
    <name>orec</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Weak: add a few unrelated words.</source>
        <translation>Yếu: hãy thêm vài từ không liên quan đến nhau.</translation>
    </message>
    <message>
        <source>Fair: one or two more words make it strong.</source>
        <translation>Trung bình: thêm một, hai từ nữa sẽ thành mạnh.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Rất mạnh.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess.</source>
        <translation>Mật khẩu quá dễ đoán.</translation>
    </message>
    <message>
        <source>The key file is damaged: %1.</source>
        <translation>Tệp khóa bị hỏng: %1.</translation>
    </message>
    <message>
        <source>The rules table has no version number.</source>
        <translation>Bảng quy tắc không có số phiên bản.</translation>
    </message>
    <message>
        <source>The period needs a start and an end, the end not before the start.</source>
        <translation>Khoảng thời gian phải có ngày bắt đầu và ngày kết thúc, ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Đây là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Tệp cơ sở dữ liệu không tồn tại.</translation>
    </message>
    <message>
        <source>The disk is full: nothing can be written to %1. Free some space on it and try again; reading the register still works.</source>
        <translation>Ổ đĩa đã đầy: không thể ghi gì vào %1. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại; vẫn có thể đọc cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>Không có người dùng mang tên này.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>một chương trình khác</translation>
    </message>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, tiến trình %2 trên %3</translation>
    </message>
    <message>
        <source>An audit entry must be written inside the change&apos;s transaction.</source>
        <translation>Bản ghi nhật ký kiểm tra phải được ghi trong cùng giao dịch với thay đổi.</translation>
    </message>
    <message>
        <source>The audit log has lost its head row.</source>
        <translation>Nhật ký kiểm tra bị mất dòng mốc cuối.</translation>
    </message>
    <message>
        <source>An audit seal must be written inside the change&apos;s transaction.</source>
        <translation>Dấu niêm phong của nhật ký kiểm tra phải được ghi trong cùng giao dịch với thay đổi.</translation>
    </message>
    <message>
        <source>This session holds no signing key, so its changes cannot be signed. Unlock with your own passphrase.</source>
        <translation>Phiên làm việc này không có khóa ký, nên không thể ký các thay đổi. Hãy mở khóa bằng mật khẩu của chính bạn.</translation>
    </message>
    <message>
        <source>Audit row %1 was removed (the log jumps from row %2 to row %3).</source>
        <translation>Dòng nhật ký kiểm tra %1 đã bị xóa (nhật ký nhảy từ dòng %2 sang dòng %3).</translation>
    </message>
    <message>
        <source>Audit row %1 was altered after it was written.</source>
        <translation>Dòng nhật ký kiểm tra %1 đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>The head of the audit log was removed.</source>
        <translation>Dòng mốc cuối của nhật ký kiểm tra đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were removed from the end of the log.</source>
        <translation>Các dòng nhật ký kiểm tra từ %1 đến %2 đã bị xóa khỏi cuối nhật ký.</translation>
    </message>
    <message>
        <source>The head of the audit log does not match its last row %1.</source>
        <translation>Dòng mốc cuối của nhật ký kiểm tra không khớp với dòng cuối cùng %1.</translation>
    </message>
    <message>
        <source>The audit log cannot be pruned in the middle of a change.</source>
        <translation>Không thể rút gọn nhật ký kiểm tra khi một thay đổi đang thực hiện dở.</translation>
    </message>
    <message>
        <source>The audit log was not shortened: only its administrator&apos;s own passphrase signs an anchor.</source>
        <translation>Nhật ký kiểm tra chưa được rút gọn: chỉ mật khẩu riêng của quản trị viên thực hiện việc rút gọn mới ký được mốc neo.</translation>
    </message>
    <message>
        <source>The audit log was not shortened: it does not pass the check (%1).</source>
        <translation>Nhật ký kiểm tra chưa được rút gọn: nhật ký không vượt qua kiểm tra (%1).</translation>
    </message>
    <message>
        <source>The audit log was not shortened: %1 is not its administrator with a registered key.</source>
        <translation>Nhật ký kiểm tra chưa được rút gọn: %1 không phải là quản trị viên có khóa đã đăng ký để thực hiện việc này.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing.</source>
        <translation>Thiếu mục nhật ký kiểm tra %1.</translation>
    </message>
    <message>
        <source>The journal cannot be kept in the middle of a change.</source>
        <translation>Không thể giữ tệp nhật ký giao dịch khi một thay đổi đang thực hiện dở.</translation>
    </message>
    <message>
        <source>The journal cannot be scrubbed in the middle of a change.</source>
        <translation>Không thể xóa sạch tệp nhật ký giao dịch khi một thay đổi đang thực hiện dở.</translation>
    </message>
    <message>
        <source>The signature that closes audit entry %1 does not match it: the entries up to it were changed after they were signed.</source>
        <translation>Chữ ký số khép lại mục nhật ký kiểm tra %1 không khớp với mục đó: các mục tính đến mục này đã bị thay đổi sau khi được ký.</translation>
    </message>
    <message>
        <source>The signed part of the audit log does not begin with the register&apos;s root key (entry %1): it was not written by this program.</source>
        <translation>Phần đã ký của nhật ký kiểm tra không bắt đầu bằng khóa gốc của cơ sở dữ liệu (mục %1): phần này không do chương trình này ghi.</translation>
    </message>
    <message>
        <source>The root key of the audit log is not the key of an administrator (%1).</source>
        <translation>Khóa gốc của nhật ký kiểm tra không phải khóa của một quản trị viên (%1).</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed with a recovery key this register never registered.</source>
        <translation>Các mục nhật ký kiểm tra tính đến mục %1 được ký bằng một khóa khôi phục mà cơ sở dữ liệu này chưa bao giờ đăng ký.</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed by %2, who is not a user this register&apos;s administrators registered (added behind the program&apos;s back?).</source>
        <translation>Các mục nhật ký kiểm tra tính đến mục %1 được ký bởi %2, không phải người dùng do quản trị viên của cơ sở dữ liệu này đăng ký (bị thêm vào bên ngoài chương trình?).</translation>
    </message>
    <message>
        <source>Audit entries up to %1 are signed by %2 with a key that is not theirs, or after they were removed.</source>
        <translation>Các mục nhật ký kiểm tra tính đến mục %1 được %2 ký bằng một khóa không phải của người này, hoặc được ký sau khi người này đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit entry %1 says %2 made it, but it was signed by %3.</source>
        <translation>Mục nhật ký kiểm tra %1 ghi là do %2 thực hiện, nhưng lại được ký bởi %3.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>khóa khôi phục</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 %3 %4) was made by %5, whose role (%6) does not allow it.</source>
        <translation>Mục nhật ký kiểm tra %1 (%2 %3 %4) do %5 thực hiện, nhưng vai trò của người này (%6) không cho phép.</translation>
    </message>
    <message>
        <source>The anchor of the pruned audit log (after entry %1) does not match its signature: it was changed or made up behind the program&apos;s back.</source>
        <translation>Mốc neo của nhật ký kiểm tra đã rút gọn (sau mục %1) không khớp với chữ ký số của nó: mốc neo đã bị thay đổi hoặc bị làm giả bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The anchor of the pruned audit log (after entry %1) is not signed by an administrator it names with their registered key (%2).</source>
        <translation>Mốc neo của nhật ký kiểm tra đã rút gọn (sau mục %1) không được ký bởi quản trị viên có tên trong mốc neo bằng khóa đã đăng ký của người đó (%2).</translation>
    </message>
    <message>
        <source>The pruned audit log trusts %1 as %2 with a key that the register&apos;s users do not hold: its anchor was made up or changed behind the program&apos;s back.</source>
        <translation>Nhật ký kiểm tra đã rút gọn công nhận %1 là %2 với một khóa mà người dùng của cơ sở dữ liệu không giữ: mốc neo đã bị làm giả hoặc bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Việc kiểm tra đã bị dừng.</translation>
    </message>
    <message>
        <source>The audit log does not extend checkpoint %1: the history up to entry %2 was rewritten since the checkpoint was taken.</source>
        <translation>Nhật ký kiểm tra không nối tiếp điểm đối chiếu %1: lịch sử tính đến mục %2 đã bị viết lại kể từ khi lấy điểm đối chiếu.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are not signed: they were added behind the program&apos;s back.</source>
        <translation>Các mục nhật ký kiểm tra từ %1 đến %2 không được ký: các mục này đã bị thêm vào bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is older than the audit log, which was pruned up to entry %2: it can no longer be compared.</source>
        <translation>Điểm đối chiếu %1 cũ hơn nhật ký kiểm tra, vốn đã được rút gọn đến mục %2: không thể đối chiếu được nữa.</translation>
    </message>
    <message>
        <source>The pruned audit log registers another signing key for %1 than the one their passphrase opens: its anchor was not made by this register&apos;s users.</source>
        <translation>Nhật ký kiểm tra đã rút gọn đăng ký cho %1 một khóa ký khác với khóa mà mật khẩu của người này mở được: mốc neo không do người dùng của cơ sở dữ liệu này tạo ra.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before checkpoint %2: it was cut back since the checkpoint was taken.</source>
        <translation>Nhật ký kiểm tra kết thúc ở mục %1, trước điểm đối chiếu %2: nhật ký đã bị cắt bớt kể từ khi lấy điểm đối chiếu.</translation>
    </message>
    <message>
        <source>%1 audit signatures close entries that are no longer in the log.</source>
        <translation>%1 chữ ký số của nhật ký kiểm tra khép lại các mục không còn trong nhật ký.</translation>
    </message>
    <message>
        <source>%1 row %2 (%3) has no audit entry that created it: it was inserted behind the program&apos;s back.</source>
        <translation>Dòng %2 (%3) của %1 không có mục nhật ký kiểm tra nào đã tạo ra nó: dòng này đã bị chèn vào bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 row %2 (%3) is not what its last audit entry %4 says: it was changed behind the program&apos;s back.</source>
        <translation>Dòng %2 (%3) của %1 không đúng như mục nhật ký kiểm tra cuối cùng %4 ghi nhận: dòng này đã bị thay đổi bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 record %2 is missing: audit entry %3 says it exists, so it was deleted behind the program&apos;s back.</source>
        <translation>Thiếu bản ghi %2 của %1: mục nhật ký kiểm tra %3 ghi nhận bản ghi này tồn tại, vậy bản ghi đã bị xóa bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>%1 is %2 and may not do this.</source>
        <translation>%1 có vai trò %2, không được thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Mật khẩu đang để trống.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Đã có tệp trùng tên; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The folder for the database does not exist.</source>
        <translation>Thư mục chứa cơ sở dữ liệu không tồn tại.</translation>
    </message>
    <message>
        <source>A key file with this name already exists beside it.</source>
        <translation>Bên cạnh đã có tệp khóa trùng tên.</translation>
    </message>
    <message>
        <source>The file cannot be created: %1.</source>
        <translation>Không tạo được tệp: %1.</translation>
    </message>
    <message>
        <source>The key file beside the database belongs to another database.</source>
        <translation>Tệp khóa bên cạnh cơ sở dữ liệu thuộc về một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>The signing key in your key slot is not the one this register holds for you: the key file or the register&apos;s users were rewritten outside the program. Do not use this copy; restore a backup and report it.</source>
        <translation>Khóa ký trong ô khóa của bạn không phải khóa mà cơ sở dữ liệu này lưu cho bạn: tệp khóa hoặc danh sách người dùng của cơ sở dữ liệu đã bị ghi lại bên ngoài chương trình. Không được dùng bản này; hãy khôi phục từ bản sao lưu và báo cáo sự việc.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program: its authentication code does not match. Restore the key file from a backup, or open the database with its recovery key.</source>
        <translation>Tệp khóa đã bị thay đổi bên ngoài chương trình: mã xác thực không khớp. Hãy khôi phục tệp khóa từ bản sao lưu, hoặc mở cơ sở dữ liệu bằng khóa khôi phục.</translation>
    </message>
    <message>
        <source>The key file has no authentication code, although this register has used authenticated key files (generation %1): it was replaced by an older or altered file. Restore the key file from a backup, or open the database with its recovery key.</source>
        <translation>Tệp khóa không có mã xác thực, trong khi cơ sở dữ liệu này đã dùng tệp khóa có xác thực (phiên bản %1): tệp đã bị thay bằng một tệp cũ hơn hoặc đã bị sửa đổi. Hãy khôi phục tệp khóa từ bản sao lưu, hoặc mở cơ sở dữ liệu bằng khóa khôi phục.</translation>
    </message>
    <message>
        <source>The database file is older than its key file (key file generation %1, the database last saw %2): an earlier copy of the database was put back in place. Restore the latest backup, or report it.</source>
        <translation>Tệp cơ sở dữ liệu cũ hơn tệp khóa (tệp khóa phiên bản %1, cơ sở dữ liệu ghi nhận gần nhất phiên bản %2): một bản cũ hơn của cơ sở dữ liệu đã bị đặt lại vào chỗ. Hãy khôi phục bản sao lưu mới nhất, hoặc báo cáo sự việc.</translation>
    </message>
    <message>
        <source>The key file is older than its database (key file generation %1, the database last saw %2): an earlier copy of the key file was put back in place, which can bring back removed users. Restore the latest backup, or report it.</source>
        <translation>Tệp khóa cũ hơn cơ sở dữ liệu (tệp khóa phiên bản %1, cơ sở dữ liệu ghi nhận gần nhất phiên bản %2): một bản cũ hơn của tệp khóa đã bị đặt lại vào chỗ, điều này có thể làm xuất hiện lại những người dùng đã bị xóa. Hãy khôi phục bản sao lưu mới nhất, hoặc báo cáo sự việc.</translation>
    </message>
    <message>
        <source>The key file was changed by another program while this one had the register open; nothing was saved. Close the register and open it again.</source>
        <translation>Tệp khóa đã bị một chương trình khác thay đổi trong khi chương trình này đang mở cơ sở dữ liệu; chưa lưu được gì. Hãy đóng cơ sở dữ liệu rồi mở lại.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this database.</source>
        <translation>Khóa khôi phục này không thuộc cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Only an administrator can use the recovery key; %1 is %2.</source>
        <translation>Chỉ quản trị viên mới được dùng khóa khôi phục; %1 có vai trò %2.</translation>
    </message>
    <message>
        <source>The passphrase is right but the database file does not open with its key: the file is damaged or was replaced. Restore it from a backup.</source>
        <translation>Mật khẩu đúng nhưng khóa không mở được tệp cơ sở dữ liệu: tệp bị hỏng hoặc đã bị thay thế. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>This is not an Overseas Records database.</source>
        <translation>Đây không phải cơ sở dữ liệu của Hồ sơ đảng viên ở nước ngoài.</translation>
    </message>
    <message>
        <source>This register was made by an earlier version of the program. An administrator must open it once with this version first: the upgrade starts signing the audit log with keys an administrator gives each user.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản cũ hơn của chương trình. Trước hết, quản trị viên phải mở cơ sở dữ liệu một lần bằng phiên bản này: việc nâng cấp bắt đầu ký nhật ký kiểm tra bằng các khóa mà quản trị viên cấp cho từng người dùng.</translation>
    </message>
    <message>
        <source>The migration of the exchange keys is missing.</source>
        <translation>Thiếu bước chuyển đổi khóa trao đổi.</translation>
    </message>
    <message>
        <source>This register must be upgraded, which needs to write to it.</source>
        <translation>Cơ sở dữ liệu này phải được nâng cấp, việc này cần ghi vào cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>An administrator must open this register once with this version first: the upgrade starts signing the audit log.</source>
        <translation>Trước hết, quản trị viên phải mở cơ sở dữ liệu này một lần bằng phiên bản này: việc nâng cấp bắt đầu ký nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The administrator&apos;s slot gave no signing key.</source>
        <translation>Ô khóa của quản trị viên không cho ra khóa ký.</translation>
    </message>
    <message>
        <source>Unknown user or wrong passphrase.</source>
        <translation>Người dùng không tồn tại hoặc sai mật khẩu.</translation>
    </message>
    <message>
        <source>The key cannot be changed in the middle of a change.</source>
        <translation>Không thể đổi khóa khi đang thực hiện một thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>Dòng %1 của bảng %2 trỏ tới một dòng không tồn tại của bảng %3.</translation>
    </message>
    <message>
        <source>The key file was changed outside the program: its authentication code does not match.</source>
        <translation>Tệp khóa đã bị thay đổi bên ngoài chương trình: mã xác thực không khớp.</translation>
    </message>
    <message>
        <source>The key file on disk (generation %1) is not the one this session wrote (generation %2): it was replaced while the register was open.</source>
        <translation>Tệp khóa trên ổ đĩa (phiên bản %1) không phải tệp mà phiên làm việc này đã ghi (phiên bản %2): tệp đã bị thay thế trong khi cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Nothing can be changed: the check found this register damaged or tampered with (%1). Restore a backup that passes the check.</source>
        <translation>Không thể thay đổi gì: việc kiểm tra phát hiện cơ sở dữ liệu này bị hỏng hoặc bị can thiệp (%1). Hãy khôi phục một bản sao lưu vượt qua được kiểm tra.</translation>
    </message>
    <message>
        <source>The change has already ended.</source>
        <translation>Thay đổi đã kết thúc.</translation>
    </message>
    <message>
        <source>An exchange key of this database does not open with its holders&apos; key: it was damaged or replaced outside the program. Restore a backup that passes the check.</source>
        <translation>Một khóa trao đổi của cơ sở dữ liệu này không mở được bằng khóa của những người nắm giữ: khóa đã bị hỏng hoặc bị thay thế không qua chương trình. Hãy khôi phục một bản sao lưu vượt qua kiểm tra.</translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation>%1 (quản trị viên)</translation>
    </message>
    <message>
        <source>Nobody holds it now: an administrator opens the register with the recovery key to take it back (orec unlock-with-recovery).</source>
        <translation>Hiện không ai giữ quyền này: quản trị viên mở cơ sở dữ liệu bằng khóa khôi phục để lấy lại (orec unlock-with-recovery).</translation>
    </message>
    <message>
        <source>It is held by: %1.</source>
        <translation>Người đang giữ quyền này: %1.</translation>
    </message>
    <message>
        <source>The copy of the exchange keys sealed to %1 does not open with their key: it was damaged or replaced outside the program. An administrator who holds the right can grant it again.</source>
        <translation>Bản sao khóa trao đổi được mã hóa cho %1 không mở được bằng khóa của người này: bản sao đã bị hỏng hoặc bị thay thế bên ngoài chương trình. Quản trị viên có quyền này có thể cấp lại.</translation>
    </message>
    <message>
        <source>%1 is %2: auditors never sign as home.</source>
        <translation>%1 có vai trò %2: kiểm tra viên không bao giờ ký thay mặt trong nước.</translation>
    </message>
    <message>
        <source>%1 has no key registered yet: set their passphrase first, then grant the right.</source>
        <translation>%1 chưa có khóa được đăng ký: hãy đặt mật khẩu cho người này trước, rồi mới cấp quyền.</translation>
    </message>
    <message>
        <source>The database file cannot be opened to lock it.</source>
        <translation>Không mở được tệp cơ sở dữ liệu để khóa truy cập.</translation>
    </message>
    <message>
        <source>The database is open in another program (%1). Close it there first.</source>
        <translation>Cơ sở dữ liệu đang được mở trong một chương trình khác (%1). Hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <source>The database file cannot be locked.</source>
        <translation>Không khóa truy cập được tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file cannot be locked on this system yet.</source>
        <translation>Chưa thể khóa truy cập tệp cơ sở dữ liệu trên hệ thống này.</translation>
    </message>
    <message>
        <source>The data key does not belong to this key file.</source>
        <translation>Khóa dữ liệu không thuộc tệp khóa này.</translation>
    </message>
    <message>
        <source>The key derivation cost is below the minimum this program accepts.</source>
        <translation>Chi phí dẫn xuất khóa thấp hơn mức tối thiểu mà chương trình này chấp nhận.</translation>
    </message>
    <message>
        <source>A key slot needs the user&apos;s signing key.</source>
        <translation>Ô khóa cần có khóa ký của người dùng.</translation>
    </message>
    <message>
        <source>This user&apos;s slot already holds a signing key.</source>
        <translation>Ô khóa của người dùng này đã có khóa ký.</translation>
    </message>
    <message>
        <source>This user has no key slot.</source>
        <translation>Người dùng này không có ô khóa.</translation>
    </message>
    <message>
        <source>a slot does not match the name it holds</source>
        <translation>một ô khóa không khớp với tên mà nó chứa</translation>
    </message>
    <message>
        <source>the slot of %1 does not hold this database&apos;s key</source>
        <translation>ô khóa của %1 không chứa khóa của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>the signing key in the slot of %1 does not open</source>
        <translation>khóa ký trong ô khóa của %1 không mở được</translation>
    </message>
    <message>
        <source>the signing key issued to %1 does not open</source>
        <translation>khóa ký cấp cho %1 không mở được</translation>
    </message>
    <message>
        <source>not a key file (%1 at offset %2)</source>
        <translation>không phải tệp khóa (%1 tại vị trí %2)</translation>
    </message>
    <message>
        <source>not a key file of Overseas Records</source>
        <translation>không phải tệp khóa của Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of the program (format %1).</source>
        <translation>Tệp khóa được ghi bởi phiên bản mới hơn của chương trình (định dạng %1).</translation>
    </message>
    <message>
        <source>its authentication code is missing</source>
        <translation>thiếu mã xác thực</translation>
    </message>
    <message>
        <source>the database identity is missing</source>
        <translation>thiếu mã định danh của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the salt of the slot names is missing</source>
        <translation>thiếu muối dùng để băm tên các ô khóa</translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation>ô khóa %1 không đầy đủ</translation>
    </message>
    <message>
        <source>The key file is refused: slot %1 uses a key derivation cost (Argon2id, %2 passes, %3 KiB) below the minimum of %4 passes and %5 KiB. A slot this cheap was not written by this program.</source>
        <translation>Tệp khóa bị từ chối: ô khóa %1 dùng chi phí dẫn xuất khóa (Argon2id, %2 lượt, %3 KiB) thấp hơn mức tối thiểu %4 lượt và %5 KiB. Chương trình này không tạo ra ô khóa có chi phí thấp như vậy.</translation>
    </message>
    <message>
        <source>The key file is missing. Open the database with its recovery key to create a new one.</source>
        <translation>Không tìm thấy tệp khóa. Hãy mở cơ sở dữ liệu bằng khóa khôi phục để tạo tệp khóa mới.</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1.</source>
        <translation>Không đọc được tệp khóa: %1.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <source>The key file cannot be written: %1.</source>
        <translation>Không ghi được tệp khóa: %1.</translation>
    </message>
    <message>
        <source>member</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>party card number</source>
        <translation>số thẻ đảng viên</translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation>số CCCD</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Phải nhập họ và tên.</translation>
    </message>
    <message>
        <source>party unit</source>
        <translation>tổ chức đảng</translation>
    </message>
    <message>
        <source>unit code</source>
        <translation>mã tổ chức đảng</translation>
    </message>
    <message>
        <source>A unit cannot be placed under one of its own sub-units.</source>
        <translation>Không thể đặt một tổ chức đảng trực thuộc một đơn vị cấp dưới của chính nó.</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>Tổ chức đảng cấp trên không tồn tại.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>Phải nhập mã tổ chức đảng.</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation>Phải có ít nhất một nước đến.</translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation>Chọn đảng viên ra nước ngoài.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; không phải là ngày (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value.</source>
        <translation>&quot;%1&quot; không phải giá trị hợp lệ.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this one has %2.</source>
        <translation>Khóa khôi phục gồm %1 chữ cái và chữ số; khóa vừa nhập có %2.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: check each group against the printed copy.</source>
        <translation>Khóa khôi phục bị gõ sai: hãy đối chiếu từng nhóm với bản đã in.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>A report belongs to a member.</source>
        <translation>Báo cáo phải gắn với một đảng viên.</translation>
    </message>
    <message>
        <source>A stored version of the rules table cannot be read.</source>
        <translation>Không đọc được một phiên bản đã lưu của bảng quy tắc.</translation>
    </message>
    <message>
        <source>The rules were changed meanwhile (now version %1); start again from the current rules.</source>
        <translation>Bảng quy tắc vừa được thay đổi (nay là phiên bản %1); hãy làm lại từ bảng quy tắc hiện hành.</translation>
    </message>
    <message>
        <source>Enter the date of the holiday.</source>
        <translation>Nhập ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>holiday on</source>
        <translation>ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>The database file cannot be opened to read it.</source>
        <translation>Không mở được tệp cơ sở dữ liệu để đọc.</translation>
    </message>
    <message>
        <source>The database is open in another program that is changing it. Close it there first.</source>
        <translation>Cơ sở dữ liệu đang được mở trong một chương trình khác đang thay đổi nó. Hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <source>The database file cannot be locked to read it.</source>
        <translation>Không khóa được tệp cơ sở dữ liệu để đọc.</translation>
    </message>
    <message>
        <source>transfer letter</source>
        <translation>giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Choose the committee that issues the letter.</source>
        <translation>Chọn cấp ủy cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>A transfer letter is for a member.</source>
        <translation>Giấy giới thiệu sinh hoạt đảng phải cấp cho một đảng viên.</translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation>Nhập ngày cấp giấy.</translation>
    </message>
    <message>
        <source>register number</source>
        <translation>số đăng ký</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Đã có người dùng mang tên này.</translation>
    </message>
    <message>
        <source>A document needs the symbol of its kind.</source>
        <translation>Văn bản phải có ký hiệu của loại văn bản.</translation>
    </message>
    <message>
        <source>The committee&apos;s symbol &quot;%1&quot; is not capital letters or digits.</source>
        <translation>Ký hiệu của cấp ủy &quot;%1&quot; có ký tự không phải chữ in hoa hoặc chữ số.</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Nhập ngày của văn bản.</translation>
    </message>
    <message>
        <source>The document came out empty.</source>
        <translation>Văn bản được tạo ra không có nội dung.</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>văn bản đã phát hành</translation>
    </message>
    <message>
        <source>No document in the register has the number %1.</source>
        <translation>Trong sổ văn bản đi không có văn bản nào mang số %1.</translation>
    </message>
    <message>
        <source>The committee&apos;s symbol is written in capital letters or digits, e.g. ĐU.</source>
        <translation>Ký hiệu của cấp ủy được viết bằng chữ in hoa hoặc chữ số, ví dụ ĐU.</translation>
    </message>
</context>
<context>
    <name>orec::AttachmentRepository</name>
    <message>
        <source>An attachment belongs to a report.</source>
        <translation>Tệp đính kèm phải thuộc một báo cáo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>The stored scan does not match its fingerprint: it was damaged.</source>
        <translation>Bản quét đã lưu không khớp với mã kiểm tra của nó: bản quét đã bị hỏng.</translation>
    </message>
</context>
<context>
    <name>orec::AttendanceMode</name>
    <message>
        <source>Attends a cell</source>
        <translation>Sinh hoạt tại chi bộ</translation>
    </message>
    <message>
        <source>Individual attendance</source>
        <translation>Sinh hoạt đơn lẻ</translation>
    </message>
    <message>
        <source>Exempted from meetings</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
</context>
<context>
    <name>orec::CellType</name>
    <message>
        <source>Representative-mission cell</source>
        <translation>Chi bộ cơ quan đại diện</translation>
    </message>
    <message>
        <source>Spouse cell</source>
        <translation>Chi bộ phu nhân – phu quân</translation>
    </message>
    <message>
        <source>Student cell</source>
        <translation>Chi bộ lưu học sinh</translation>
    </message>
    <message>
        <source>Labour cell</source>
        <translation>Chi bộ lao động</translation>
    </message>
    <message>
        <source>Expert cell</source>
        <translation>Chi bộ chuyên gia</translation>
    </message>
    <message>
        <source>Self-employed cell</source>
        <translation>Chi bộ tự lập nghiệp</translation>
    </message>
</context>
<context>
    <name>orec::Gender</name>
    <message>
        <source>Not specified</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>orec::InterchangeColumn</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Số lý lịch</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt</source>
        <translation>Đơn vị sinh hoạt</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Mã đơn vị</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Loại chi bộ</source>
        <translation>Loại chi bộ</translation>
    </message>
    <message>
        <source>Quốc gia</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Thành phố</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Đảng bộ cấp trên</source>
        <translation>Đảng bộ cấp trên</translation>
    </message>
    <message>
        <source>Bí thư (số thẻ đảng viên)</source>
        <translation>Bí thư (số thẻ đảng viên)</translation>
    </message>
    <message>
        <source>Cấp tổ chức</source>
        <translation>Cấp tổ chức</translation>
    </message>
    <message>
        <source>Ở nước ngoài</source>
        <translation>Ở nước ngoài</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Cơ quan tiếp nhận</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Cấp quyết định</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Ngày đi dự kiến</source>
        <translation>Ngày đi dự kiến</translation>
    </message>
    <message>
        <source>Ngày về dự kiến</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Ngày đi</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Ngày về</source>
        <translation>Ngày về</translation>
    </message>
    <message>
        <source>Chi bộ ở nước ngoài</source>
        <translation>Chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Hình thức sinh hoạt đảng</source>
        <translation>Hình thức sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Đi khi chưa được duyệt</source>
        <translation>Đi khi chưa được duyệt</translation>
    </message>
    <message>
        <source>Số thẻ cũ</source>
        <translation>Số thẻ cũ</translation>
    </message>
</context>
<context>
    <name>orec::PartyActivityArrangement</name>
    <message>
        <source>Stays with the home cell</source>
        <translation>Giữ nguyên sinh hoạt tại chi bộ trong nước</translation>
    </message>
    <message>
        <source>Temporary group in the delegation</source>
        <translation>Tổ đảng tạm thời trong đoàn</translation>
    </message>
    <message>
        <source>Temporary transfer of party activity</source>
        <translation>Chuyển sinh hoạt đảng tạm thời</translation>
    </message>
    <message>
        <source>Official transfer of party activity</source>
        <translation>Chuyển sinh hoạt đảng chính thức</translation>
    </message>
</context>
<context>
    <name>orec::PostingLifeCycle</name>
    <message>
        <source>&quot;%1&quot; is not possible for a posting that is &quot;%2&quot;.</source>
        <translation>Không thể thực hiện &quot;%1&quot; với đợt ra nước ngoài đang ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Enter the date of %1.</source>
        <translation>Nhập ngày %1.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future; record it once it has happened.</source>
        <translation>Ngày %1 (%2) là ngày trong tương lai; chỉ ghi nhận khi sự việc đã diễn ra.</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before the departure (%3).</source>
        <translation>Ngày %1 (%2) trước ngày đi (%3).</translation>
    </message>
    <message>
        <source>The member is under disciplinary review or investigation and may not be sent abroad.</source>
        <translation>Đảng viên đang bị xem xét kỷ luật hoặc đang bị điều tra, không được cử ra nước ngoài.</translation>
    </message>
    <message>
        <source>The return report of an earlier trip was due on %1 and has not been received; a new trip is approved once it is in.</source>
        <translation>Báo cáo kết quả chuyến đi trước đến hạn ngày %1 nhưng chưa nhận được; chuyến đi mới chỉ được phê duyệt sau khi đã nhận báo cáo này.</translation>
    </message>
    <message>
        <source>The trip includes visiting relatives abroad: the commitment on relatives abroad must be received before approval.</source>
        <translation>Chuyến đi có thăm thân nhân ở nước ngoài: phải nhận bản cam kết về thân nhân ở nước ngoài trước khi phê duyệt.</translation>
    </message>
    <message>
        <source>The posting has not been approved. If the member left anyway, record a departure without approval, which flags it for the committee.</source>
        <translation>Đợt ra nước ngoài chưa được phê duyệt. Nếu đảng viên vẫn đã đi, hãy ghi nhận đi nước ngoài khi chưa được phê duyệt; trường hợp này sẽ được đánh dấu để báo cáo cấp ủy.</translation>
    </message>
    <message>
        <source>The return report has not been received; the posting stays open until it is.</source>
        <translation>Chưa nhận được báo cáo kết quả chuyến đi; đợt ra nước ngoài chưa kết thúc cho đến khi nhận được báo cáo.</translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the member&apos;s self-review must be received and confirmed by the overseas cell or the mission.</source>
        <translation>Sinh hoạt đảng đã được chuyển ra nước ngoài: phải nhận bản tự kiểm điểm của đảng viên có xác nhận của chi bộ ở nước ngoài hoặc cơ quan đại diện.</translation>
    </message>
    <message>
        <source>Party activity was transferred abroad: the transfer letter home is missing.</source>
        <translation>Sinh hoạt đảng đã được chuyển ra nước ngoài: còn thiếu giấy giới thiệu sinh hoạt đảng chuyển về trong nước.</translation>
    </message>
    <message>
        <source>The member is still within the planned stay (until %1).</source>
        <translation>Đảng viên vẫn đang trong thời gian ở nước ngoài theo kế hoạch (đến %1).</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>Choose the committee that approves the posting.</source>
        <translation>Chọn cấp ủy phê duyệt đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>đi</translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2). Record it as a departure without approval, which flags it for the committee.</source>
        <translation>Ngày đi (%1) trước ngày phê duyệt (%2). Hãy ghi nhận là đi nước ngoài khi chưa được phê duyệt; trường hợp này sẽ được đánh dấu để báo cáo cấp ủy.</translation>
    </message>
    <message>
        <source>The posting was approved on %1, before this departure; record an ordinary departure.</source>
        <translation>Đợt ra nước ngoài đã được phê duyệt ngày %1, trước ngày đi này; hãy ghi nhận đi nước ngoài thông thường.</translation>
    </message>
    <message>
        <source>joining the cell</source>
        <translation>vào sinh hoạt tại chi bộ</translation>
    </message>
    <message>
        <source>Choose the overseas cell the member joins.</source>
        <translation>Chọn chi bộ ở nước ngoài mà đảng viên vào sinh hoạt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation>&quot;%1&quot; không phải chi bộ ở nước ngoài.</translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is no longer active.</source>
        <translation>Chi bộ &quot;%1&quot; không còn hoạt động.</translation>
    </message>
    <message>
        <source>The cell &quot;%1&quot; is in %2, which is not among the countries of this posting (%3).</source>
        <translation>Chi bộ &quot;%1&quot; ở %2, không thuộc các nước đến của đợt ra nước ngoài này (%3).</translation>
    </message>
    <message>
        <source>Enter the extension decision.</source>
        <translation>Nhập quyết định gia hạn.</translation>
    </message>
    <message>
        <source>Enter the number of the extension decision.</source>
        <translation>Nhập số quyết định gia hạn.</translation>
    </message>
    <message>
        <source>the extension decision</source>
        <translation>quyết định gia hạn</translation>
    </message>
    <message>
        <source>Enter the new planned return date.</source>
        <translation>Nhập ngày về dự kiến mới.</translation>
    </message>
    <message>
        <source>The new planned return (%1) is not after the current one (%2).</source>
        <translation>Ngày về dự kiến mới (%1) không sau ngày về dự kiến hiện tại (%2).</translation>
    </message>
    <message>
        <source>return</source>
        <translation>về nước</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>The posting cannot be closed (%1) before the return (%2).</source>
        <translation>Không thể kết thúc đợt ra nước ngoài (%1) trước ngày về nước (%2).</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>hủy</translation>
    </message>
    <message>
        <source>losing contact</source>
        <translation>mất liên lạc</translation>
    </message>
    <message>
        <source>restored contact</source>
        <translation>liên lạc lại</translation>
    </message>
    <message>
        <source>Contact cannot be restored (%1) before it was lost (%2).</source>
        <translation>Không thể ghi nhận liên lạc lại (%1) trước ngày mất liên lạc (%2).</translation>
    </message>
    <message>
        <source>the finding that the member did not return</source>
        <translation>xác định đảng viên ở lại không về</translation>
    </message>
</context>
<context>
    <name>orec::PostingPurpose</name>
    <message>
        <source>Official mission</source>
        <translation>Công tác</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Labour contract</source>
        <translation>Lao động theo hợp đồng</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Làm chuyên gia</translation>
    </message>
    <message>
        <source>Accompanying a spouse</source>
        <translation>Đi theo vợ/chồng</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Tự lập nghiệp</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Thăm thân</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation>Chữa bệnh</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Du lịch</translation>
    </message>
    <message>
        <source>Other private affairs</source>
        <translation>Việc riêng khác</translation>
    </message>
</context>
<context>
    <name>orec::PostingRules</name>
    <message>
        <source>This report&apos;s deadline was set under rules version %1; it is not recomputed under version %2 unless you choose to.</source>
        <translation>Hạn nộp báo cáo này được tính theo bảng quy tắc phiên bản %1; hạn không được tính lại theo phiên bản %2 trừ khi bạn chọn tính lại.</translation>
    </message>
    <message>
        <source>The planned departure and return are needed to suggest an arrangement.</source>
        <translation>Cần có ngày đi và ngày về dự kiến để đề xuất hình thức sinh hoạt đảng.</translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more: official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation>
            <numerusform>Ở nước ngoài từ %n tháng trở lên: chuyển sinh hoạt đảng chính thức qua Đảng ủy Bộ Ngoại giao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of more than %n month(s): temporary transfer of party activity.</source>
        <translation>
            <numerusform>Ở nước ngoài trên %n tháng: chuyển sinh hoạt đảng tạm thời.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more in a delegation large enough: the committee may form a temporary group or cell.</source>
        <translation>
            <numerusform>Ở nước ngoài từ %n tháng trở lên trong đoàn có đủ số đảng viên: cấp ủy có thể lập tổ đảng hoặc chi bộ tạm thời.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few members to form a group: the member stays with the home cell and may be exempted from meetings while away.</source>
        <translation>Không đủ đảng viên để lập tổ đảng: đảng viên giữ nguyên sinh hoạt tại chi bộ trong nước và có thể được miễn công tác và sinh hoạt đảng trong thời gian ở nước ngoài.</translation>
    </message>
    <message>
        <source>A short stay: the member stays with the home cell.</source>
        <translation>Đi ngắn ngày: đảng viên giữ nguyên sinh hoạt tại chi bộ trong nước.</translation>
    </message>
    <message numerus="yes">
        <source>A stay of %n month(s) or more: temporary transfer of party activity.</source>
        <translation>
            <numerusform>Ở nước ngoài từ %n tháng trở lên: chuyển sinh hoạt đảng tạm thời.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::PostingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Đang ở nước ngoài</translation>
    </message>
    <message>
        <source>In an overseas cell</source>
        <translation>Sinh hoạt tại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Returned, awaiting reports</source>
        <translation>Đã về nước, chờ báo cáo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <source>Did not return</source>
        <translation>Ở lại không về</translation>
    </message>
</context>
<context>
    <name>orec::PostingTransition</name>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation>Ghi nhận đi nước ngoài</translation>
    </message>
    <message>
        <source>Record departure without approval</source>
        <translation>Ghi nhận đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Join an overseas cell</source>
        <translation>Vào sinh hoạt tại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Extend the stay</source>
        <translation>Gia hạn thời gian ở nước ngoài</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Ghi nhận về nước</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Mark as lost contact</source>
        <translation>Đánh dấu mất liên lạc</translation>
    </message>
    <message>
        <source>Contact restored</source>
        <translation>Đã liên lạc lại được</translation>
    </message>
    <message>
        <source>Mark as did not return</source>
        <translation>Đánh dấu ở lại không về</translation>
    </message>
</context>
<context>
    <name>orec::ProbationDecision</name>
    <message>
        <source>Pending</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <source>Admitted to full membership</source>
        <translation>Đã công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>Probation extended</source>
        <translation>Kéo dài thời hạn dự bị</translation>
    </message>
    <message>
        <source>Full membership refused</source>
        <translation>Không công nhận đảng viên chính thức</translation>
    </message>
</context>
<context>
    <name>orec::RefusalReason</name>
    <message>
        <source>Allowed</source>
        <translation>Được phép</translation>
    </message>
    <message>
        <source>Not possible in this status</source>
        <translation>Không thực hiện được ở trạng thái này</translation>
    </message>
    <message>
        <source>Date missing</source>
        <translation>Thiếu ngày</translation>
    </message>
    <message>
        <source>Date in the future</source>
        <translation>Ngày trong tương lai</translation>
    </message>
    <message>
        <source>The posting is incomplete</source>
        <translation>Thông tin đợt ra nước ngoài chưa đầy đủ</translation>
    </message>
    <message>
        <source>Approving committee missing</source>
        <translation>Thiếu cấp ủy phê duyệt</translation>
    </message>
    <message>
        <source>Member under disciplinary review</source>
        <translation>Đảng viên đang bị xem xét kỷ luật</translation>
    </message>
    <message>
        <source>Return report of an earlier trip overdue</source>
        <translation>Quá hạn báo cáo kết quả chuyến đi trước</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad missing</source>
        <translation>Thiếu bản cam kết về thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Departure before approval</source>
        <translation>Đi trước khi được phê duyệt</translation>
    </message>
    <message>
        <source>Departure was approved</source>
        <translation>Chuyến đi đã được phê duyệt</translation>
    </message>
    <message>
        <source>Cell missing</source>
        <translation>Thiếu chi bộ</translation>
    </message>
    <message>
        <source>Not an overseas cell</source>
        <translation>Không phải chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Cell inactive</source>
        <translation>Chi bộ không còn hoạt động</translation>
    </message>
    <message>
        <source>Cell in another country</source>
        <translation>Chi bộ ở nước khác</translation>
    </message>
    <message>
        <source>Before the departure</source>
        <translation>Trước ngày đi</translation>
    </message>
    <message>
        <source>Before the return</source>
        <translation>Trước ngày về nước</translation>
    </message>
    <message>
        <source>Before contact was lost</source>
        <translation>Trước ngày mất liên lạc</translation>
    </message>
    <message>
        <source>Extension incomplete</source>
        <translation>Thông tin gia hạn chưa đầy đủ</translation>
    </message>
    <message>
        <source>Extension does not extend</source>
        <translation>Gia hạn không kéo dài thời gian</translation>
    </message>
    <message>
        <source>Return report not received</source>
        <translation>Chưa nhận báo cáo kết quả chuyến đi</translation>
    </message>
    <message>
        <source>Self-review not confirmed</source>
        <translation>Bản tự kiểm điểm chưa được xác nhận</translation>
    </message>
    <message>
        <source>Transfer letter home missing</source>
        <translation>Thiếu giấy giới thiệu sinh hoạt đảng chuyển về</translation>
    </message>
    <message>
        <source>Still within the planned stay</source>
        <translation>Còn trong thời gian ở nước ngoài theo kế hoạch</translation>
    </message>
    <message>
        <source>A paper the step waits for is missing</source>
        <translation>Thiếu giấy tờ mà bước này phải chờ</translation>
    </message>
</context>
<context>
    <name>orec::ReportKind</name>
    <message>
        <source>Private-trip application</source>
        <translation>Đơn đề nghị ra nước ngoài về việc riêng</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad</source>
        <translation>Bản cam kết về thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>Pre-departure report</source>
        <translation>Báo cáo trước khi đi</translation>
    </message>
    <message>
        <source>Return report</source>
        <translation>Báo cáo kết quả chuyến đi</translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation>Bản tự kiểm điểm</translation>
    </message>
    <message>
        <source>Cell committee remarks</source>
        <translation>Nhận xét của chi ủy</translation>
    </message>
    <message>
        <source>Annual quality rating</source>
        <translation>Đánh giá, xếp loại chất lượng đảng viên hằng năm</translation>
    </message>
    <message>
        <source>Award or title offered by a foreign party</source>
        <translation>Được phía nước ngoài tặng thưởng hoặc phong tặng danh hiệu</translation>
    </message>
    <message>
        <source>Membership of a foreign or international organisation</source>
        <translation>Tham gia tổ chức nước ngoài hoặc tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Marriage to a foreign national</source>
        <translation>Kết hôn với người nước ngoài</translation>
    </message>
    <message>
        <source>Change of nationality or residence status</source>
        <translation>Thay đổi quốc tịch hoặc tình trạng cư trú</translation>
    </message>
</context>
<context>
    <name>orec::ReportState</name>
    <message>
        <source>Not due yet</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Nhận muộn</translation>
    </message>
</context>
<context>
    <name>orec::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Cán bộ nghiệp vụ</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Kiểm tra viên</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Tên người dùng gồm 1 đến 64 ký tự: chữ cái, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới.</translation>
    </message>
</context>
<context>
    <name>orec::RuleBasis</name>
    <message>
        <source>regulation</source>
        <translation>quy định của Đảng</translation>
    </message>
    <message>
        <source>committee policy</source>
        <translation>chủ trương của cấp ủy</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>chưa xác minh</translation>
    </message>
</context>
<context>
    <name>orec::RuleSet</name>
    <message>
        <source>Return report after any other trip or posting is due within this many days of return.</source>
        <translation>Số ngày kể từ khi về nước mà đảng viên phải nộp báo cáo kết quả chuyến đi đối với các trường hợp ra nước ngoài khác.</translation>
    </message>
    <message>
        <source>Pre-departure report is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Số ngày trước ngày đi dự kiến mà đảng viên phải nộp báo cáo trước khi đi (0: chậm nhất vào ngày đi).</translation>
    </message>
    <message>
        <source>Private-trip application is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Số ngày trước ngày đi dự kiến mà đảng viên phải nộp đơn đề nghị ra nước ngoài về việc riêng (0: chậm nhất vào ngày đi).</translation>
    </message>
    <message>
        <source>A visit that includes relatives abroad needs a commitment on relatives abroad before approval.</source>
        <translation>Chuyến đi có thăm thân nhân ở nước ngoài phải có bản cam kết về thân nhân ở nước ngoài trước khi phê duyệt.</translation>
    </message>
    <message>
        <source>Commitment on relatives abroad is due this many days before the planned departure (0: by the departure date).</source>
        <translation>Số ngày trước ngày đi dự kiến mà đảng viên phải nộp bản cam kết về thân nhân ở nước ngoài (0: chậm nhất vào ngày đi).</translation>
    </message>
    <message>
        <source>Self-review of a long-term member is due within this many days of return.</source>
        <translation>Số ngày kể từ khi về nước mà đảng viên ở nước ngoài dài hạn phải nộp bản tự kiểm điểm.</translation>
    </message>
    <message>
        <source>Cell committee remarks on a returning member are due within this many days of return.</source>
        <translation>Số ngày kể từ khi đảng viên về nước mà chi ủy phải có nhận xét về đảng viên đó.</translation>
    </message>
    <message>
        <source>A member abroad reports an award, a foreign membership, a marriage to a foreign national or a change of nationality or residence within this many days.</source>
        <translation>Số ngày mà đảng viên ở nước ngoài phải báo cáo khi được tặng thưởng, tham gia tổ chức nước ngoài, kết hôn với người nước ngoài hoặc thay đổi quốc tịch, nơi cư trú.</translation>
    </message>
    <message>
        <source>From this many months abroad a delegation may form a temporary group or cell.</source>
        <translation>Số tháng ở nước ngoài mà từ đó đoàn có thể lập tổ đảng hoặc chi bộ tạm thời.</translation>
    </message>
    <message>
        <source>Smallest delegation (party members) that may form a temporary group or cell.</source>
        <translation>Số đảng viên tối thiểu trong đoàn để lập tổ đảng hoặc chi bộ tạm thời.</translation>
    </message>
    <message>
        <source>A stay of this many months or more calls for an official transfer of party activity through the Foreign Ministry&apos;s Party Committee.</source>
        <translation>Ở nước ngoài từ số tháng này trở lên thì chuyển sinh hoạt đảng chính thức qua Đảng ủy Bộ Ngoại giao.</translation>
    </message>
    <message>
        <source>Full members of a long-term delegation needed to form a cell abroad.</source>
        <translation>Số đảng viên chính thức trong đoàn dài hạn cần có để lập chi bộ ở nước ngoài.</translation>
    </message>
    <message>
        <source>A new trip is not approved while the member&apos;s return report from an earlier trip is overdue.</source>
        <translation>Không phê duyệt chuyến đi mới khi đảng viên còn quá hạn nộp báo cáo kết quả chuyến đi trước.</translation>
    </message>
    <message>
        <source>A member under disciplinary review or investigation is not sent abroad.</source>
        <translation>Không cử ra nước ngoài đảng viên đang bị xem xét kỷ luật hoặc đang bị điều tra.</translation>
    </message>
    <message>
        <source>Length of probation from admission to full membership.</source>
        <translation>Thời hạn dự bị tính từ ngày vào Đảng đến ngày chính thức.</translation>
    </message>
    <message>
        <source>Party Charter; Regulation 29/232 on the Party Charter.</source>
        <translation>Điều lệ Đảng; Quy định 29/232 thi hành Điều lệ Đảng.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>Không có quy tắc &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This rule is either on or off.</source>
        <translation>Quy tắc này chỉ có bật hoặc tắt.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1.</source>
        <translation>Nhập số nguyên từ 0 đến %1.</translation>
    </message>
    <message>
        <source>Documents every posting with this purpose calls for (codes: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks; none for no document). Added to the list when their conditions hold: the commitment on relatives abroad when the trip includes visiting relatives and relatives_commitment.required is on; a self-review for a transfer of party activity or a probation ending abroad; cell committee remarks for a transfer with an overseas cell.</source>
        <translation>Các văn bản mà mọi đợt ra nước ngoài với mục đích này phải có (mã: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks; none nếu không cần văn bản nào). Được thêm vào danh sách khi đủ điều kiện: bản cam kết về thân nhân ở nước ngoài khi chuyến đi có thăm thân nhân và quy tắc relatives_commitment.required đang bật; bản tự kiểm điểm khi chuyển sinh hoạt đảng hoặc khi hết thời hạn dự bị trong thời gian ở nước ngoài; nhận xét của chi ủy khi chuyển sinh hoạt đảng có tham gia chi bộ ở nước ngoài.</translation>
    </message>
    <message>
        <source>Return report after a private trip is due within this many days of re-entry, counted in the rule&apos;s unit (working days unless an admin changed it; the key keeps its name).</source>
        <translation>Số ngày kể từ khi nhập cảnh về nước mà đảng viên phải nộp báo cáo kết quả chuyến đi về việc riêng, tính theo đơn vị của quy tắc (ngày làm việc, trừ khi quản trị viên đã đổi; tên khóa của quy tắc giữ nguyên).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document a posting calls for; use %2, or none.</source>
        <translation>&quot;%1&quot; không phải là văn bản của một đợt ra nước ngoài; hãy dùng %2, hoặc none.</translation>
    </message>
    <message>
        <source>List the documents by their codes, separated by commas, or none.</source>
        <translation>Liệt kê các văn bản bằng mã, cách nhau bởi dấu phẩy, hoặc none.</translation>
    </message>
    <message>
        <source>Only a deadline&apos;s unit can be changed, between days and working days.</source>
        <translation>Chỉ có thể đổi đơn vị của một thời hạn, giữa ngày và ngày làm việc.</translation>
    </message>
    <message>
        <source>Papers looked for before a posting is approved: those of them the posting calls for and that have not been received are named to the clerk before the approval is recorded.</source>
        <translation>Các giấy tờ cần kiểm tra trước khi phê duyệt đợt ra nước ngoài: những giấy tờ trong số đó mà đợt ra nước ngoài yêu cầu nhưng chưa nhận được sẽ được nêu tên cho cán bộ nghiệp vụ trước khi ghi nhận phê duyệt.</translation>
    </message>
    <message>
        <source>Papers looked for before a departure is recorded: those of them the posting calls for and that have not been received are named to the clerk first.</source>
        <translation>Các giấy tờ cần kiểm tra trước khi ghi nhận đi nước ngoài: những giấy tờ trong số đó mà đợt ra nước ngoài yêu cầu nhưng chưa nhận được sẽ được nêu tên cho cán bộ nghiệp vụ trước.</translation>
    </message>
    <message>
        <source>Papers looked for before a posting is closed: those of them the posting calls for and that have not been received are named to the clerk first. Whatever this says, closing waits for the return report and, after a transfer, the confirmed self-review.</source>
        <translation>Các giấy tờ cần kiểm tra trước khi kết thúc đợt ra nước ngoài: những giấy tờ trong số đó mà đợt ra nước ngoài yêu cầu nhưng chưa nhận được sẽ được nêu tên cho cán bộ nghiệp vụ trước. Dù quy tắc này quy định thế nào, việc kết thúc vẫn phải chờ báo cáo kết quả chuyến đi và, nếu đã chuyển sinh hoạt đảng, bản tự kiểm điểm đã được xác nhận.</translation>
    </message>
    <message>
        <source>Of the papers looked for before a step, those that stop the step until they are received; the others are a warning the clerk may pass deliberately. (The commitment on relatives abroad stops approval by its own rule.)</source>
        <translation>Trong số các giấy tờ cần kiểm tra trước một bước, những giấy tờ mà bước đó phải chờ cho đến khi nhận được; các giấy tờ còn lại chỉ là cảnh báo mà cán bộ nghiệp vụ có thể chủ động bỏ qua. (Bản cam kết về thân nhân ở nước ngoài chặn việc phê duyệt theo quy tắc riêng.)</translation>
    </message>
    <message>
        <source>Earlier summaries of university committees&apos; procedures under Regulation 86-QĐ/TW: a report before departure and a report after return.</source>
        <translation>Các bản tóm tắt trước đây về quy trình của cấp ủy một số trường đại học theo Quy định 86-QĐ/TW: một báo cáo trước khi đi và một báo cáo sau khi về nước.</translation>
    </message>
    <message>
        <source>Not confirmed: Saigon University&apos;s procedure asks before departure for the member&apos;s application with the sending decision, and for a written report within 15 days of return; no published procedure seen names a separate pre-departure report.</source>
        <translation>Chưa xác minh: quy trình của Trường Đại học Sài Gòn yêu cầu trước khi đi phải có đơn của đảng viên kèm quyết định cử, và báo cáo bằng văn bản trong vòng 15 ngày kể từ khi về nước; chưa thấy quy trình đã công bố nào nêu riêng báo cáo trước khi đi.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law (from July 2023) under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022: before the trip the application (Annex I), with the commitment on relatives abroad (Annex II) when relatives are visited; after it the report on the trip&apos;s results (Annex III).</source>
        <translation>Quy trình của Đảng ủy Trường Đại học Luật Thành phố Hồ Chí Minh (từ tháng 7/2023) theo Quy định 58-QĐ/TW và Hướng dẫn 01-HD/BTCTW ngày 5/8/2022: trước chuyến đi nộp đơn đề nghị (Phụ lục I), kèm bản cam kết về thân nhân ở nước ngoài (Phụ lục II) khi có thăm thân nhân; sau chuyến đi nộp báo cáo kết quả chuyến đi (Phụ lục III).</translation>
    </message>
    <message>
        <source>That procedure has no separate pre-departure report, so none is asked for; add pre_departure for a committee that wants one.</source>
        <translation>Quy trình đó không có báo cáo trước khi đi riêng, nên không yêu cầu báo cáo này; cấp ủy nào muốn yêu cầu thì thêm pre_departure.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022, section 2: the report at the latest 7 working days after re-entry.</source>
        <translation>Quy trình của Đảng ủy Trường Đại học Luật Thành phố Hồ Chí Minh theo Quy định 58-QĐ/TW và Hướng dẫn 01-HD/BTCTW ngày 5/8/2022, mục 2: nộp báo cáo chậm nhất 7 ngày làm việc sau khi nhập cảnh về nước.</translation>
    </message>
    <message>
        <source>One committee&apos;s choice: Saigon University asks for every return report within 15 days. Whether the central texts set a number of days is not confirmed. The unit can be switched to calendar days.</source>
        <translation>Lựa chọn của một cấp ủy: Trường Đại học Sài Gòn yêu cầu mọi báo cáo kết quả chuyến đi trong vòng 15 ngày. Chưa xác minh được các văn bản của Trung ương có quy định số ngày hay không. Có thể chuyển đơn vị tính sang ngày theo lịch.</translation>
    </message>
    <message>
        <source>Procedure &quot;Đảng viên đi nước ngoài&quot; of Saigon University under Regulations 58-QĐ/TW, 69-QĐ/TW and 86-QĐ/TW: a written report on the trip at the latest within 15 days of return.</source>
        <translation>Quy trình &quot;Đảng viên đi nước ngoài&quot; của Trường Đại học Sài Gòn theo các Quy định 58-QĐ/TW, 69-QĐ/TW và 86-QĐ/TW: báo cáo bằng văn bản về chuyến đi chậm nhất trong vòng 15 ngày kể từ khi về nước.</translation>
    </message>
    <message>
        <source>One committee&apos;s choice; that procedure applies 15 days to private trips as well. The unit can be switched to working days.</source>
        <translation>Lựa chọn của một cấp ủy; quy trình đó cũng áp dụng thời hạn 15 ngày cho chuyến đi về việc riêng. Có thể chuyển đơn vị tính sang ngày làm việc.</translation>
    </message>
    <message>
        <source>No source found: the sources say only &quot;before departure&quot;.</source>
        <translation>Không tìm thấy nguồn: các nguồn chỉ nêu &quot;trước khi đi&quot;.</translation>
    </message>
    <message>
        <source>Used only for the purposes whose documents list the pre-departure report.</source>
        <translation>Chỉ dùng cho các mục đích có danh sách văn bản bao gồm báo cáo trước khi đi.</translation>
    </message>
    <message>
        <source>No source found: the procedures give no lead time.</source>
        <translation>Không tìm thấy nguồn: các quy trình không nêu phải nộp trước bao lâu.</translation>
    </message>
    <message>
        <source>The application goes through the cell and the committee before the trip; how long before is each committee&apos;s practice.</source>
        <translation>Đơn đề nghị được chuyển qua chi bộ và cấp ủy trước chuyến đi; nộp trước bao lâu là tùy theo thực tiễn của từng cấp ủy.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Guidance 01-HD/BTCTW (2022), section 1: a visit to relatives abroad, or a work or tourist trip combined with one, adds the commitment (Annex II) for the committee&apos;s decision.</source>
        <translation>Quy trình của Đảng ủy Trường Đại học Luật Thành phố Hồ Chí Minh theo Hướng dẫn 01-HD/BTCTW (2022), mục 1: chuyến thăm thân nhân ở nước ngoài, hoặc chuyến đi công tác, du lịch có kết hợp thăm thân nhân, phải kèm bản cam kết (Phụ lục II) để cấp ủy quyết định.</translation>
    </message>
    <message>
        <source>As the committee&apos;s procedure quotes the guidance; the guidance&apos;s own text was not seen.</source>
        <translation>Theo nội dung hướng dẫn được trích dẫn trong quy trình của cấp ủy; chưa xem được toàn văn hướng dẫn.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021) item 10 asks for the self-review, confirmed by the party unit or the mission, but sets no deadline.</source>
        <translation>Hướng dẫn 01-HD/TW (2021) mục 10 yêu cầu bản tự kiểm điểm, có xác nhận của tổ chức đảng hoặc cơ quan đại diện, nhưng không quy định thời hạn.</translation>
    </message>
    <message>
        <source>The number of days is the program&apos;s assumption, aligned with the return report.</source>
        <translation>Số ngày là giả định của chương trình, thống nhất với báo cáo kết quả chuyến đi.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021) item 10 asks for the remarks but sets no deadline.</source>
        <translation>Hướng dẫn 01-HD/TW (2021) mục 10 yêu cầu nhận xét nhưng không quy định thời hạn.</translation>
    </message>
    <message>
        <source>The number of days is the program&apos;s assumption.</source>
        <translation>Số ngày là giả định của chương trình.</translation>
    </message>
    <message>
        <source>Guidance 30-HD/BTCTW of 23 Apr 2025 on Regulation 86-QĐ/TW (as the Nghệ An provincial committee&apos;s page summarises it) asks for the report when it happens, before accepting.</source>
        <translation>Hướng dẫn 30-HD/BTCTW ngày 23/4/2025 về Quy định 86-QĐ/TW (theo nội dung tóm tắt trên trang thông tin của Tỉnh ủy Nghệ An) yêu cầu báo cáo khi sự việc phát sinh, trước khi nhận.</translation>
    </message>
    <message>
        <source>The duty to report is confirmed; the number of days is the program&apos;s assumption.</source>
        <translation>Nghĩa vụ báo cáo đã được xác minh; số ngày là giả định của chương trình.</translation>
    </message>
    <message>
        <source>Procedure of Saigon University under Regulation 86-QĐ/TW: from 1 to 3 months, a delegation of 3 or more members, the committee may form a party group or a temporary cell.</source>
        <translation>Quy trình của Trường Đại học Sài Gòn theo Quy định 86-QĐ/TW: từ 1 đến 3 tháng, đoàn có từ 3 đảng viên trở lên thì cấp ủy có thể lập tổ đảng hoặc chi bộ tạm thời.</translation>
    </message>
    <message>
        <source>As the committee&apos;s procedure restates the regulation; the regulation&apos;s own text was not found.</source>
        <translation>Theo nội dung quy định được nêu lại trong quy trình của cấp ủy; chưa tìm thấy toàn văn quy định.</translation>
    </message>
    <message>
        <source>Procedure of Saigon University under Regulation 86-QĐ/TW: a delegation of 3 or more party members.</source>
        <translation>Quy trình của Trường Đại học Sài Gòn theo Quy định 86-QĐ/TW: đoàn có từ 3 đảng viên trở lên.</translation>
    </message>
    <message>
        <source>A stay of this many months (or only a longer one, by the next rule) calls for a temporary transfer of party activity.</source>
        <translation>Ở nước ngoài từ số tháng này (hoặc chỉ khi trên số tháng này, tùy quy tắc tiếp theo) thì chuyển sinh hoạt đảng tạm thời.</translation>
    </message>
    <message>
        <source>Guidance 12-HD/BTCTW of 18 Jan 2022 as the Nậm Nhùn district&apos;s page quotes it: from 3 months to under a year, a temporary transfer.</source>
        <translation>Hướng dẫn 12-HD/BTCTW ngày 18/1/2022 theo trích dẫn trên trang thông tin của huyện Nậm Nhùn: từ 3 tháng đến dưới 1 năm thì chuyển sinh hoạt đảng tạm thời.</translation>
    </message>
    <message>
        <source>Saigon University&apos;s procedure under Regulation 86-QĐ/TW says &quot;over 3 months&quot;; the threshold is the same, whether it counts is the next rule.</source>
        <translation>Quy trình của Trường Đại học Sài Gòn theo Quy định 86-QĐ/TW ghi &quot;trên 3 tháng&quot;; ngưỡng là như nhau, còn đúng bằng ngưỡng có được tính hay không là do quy tắc tiếp theo.</translation>
    </message>
    <message>
        <source>On: a stay of exactly the temporary-transfer threshold calls for a temporary transfer (&quot;from 3 months&quot;). Off: only a longer stay does (&quot;over 3 months&quot;).</source>
        <translation>Bật: ở nước ngoài đúng bằng ngưỡng chuyển sinh hoạt đảng tạm thời thì chuyển sinh hoạt đảng tạm thời (&quot;từ 3 tháng&quot;). Tắt: chỉ khi ở lâu hơn ngưỡng (&quot;trên 3 tháng&quot;).</translation>
    </message>
    <message>
        <source>Guidance 12-HD/BTCTW (2022) as the Nậm Nhùn district&apos;s page quotes it: &quot;từ 3 tháng đến dưới 1 năm&quot;.</source>
        <translation>Hướng dẫn 12-HD/BTCTW (2022) theo trích dẫn trên trang thông tin của huyện Nậm Nhùn: &quot;từ 3 tháng đến dưới 1 năm&quot;.</translation>
    </message>
    <message>
        <source>Saigon University&apos;s procedure says &quot;từ trên 3 tháng đến 12 tháng&quot; (off). Registers created before this rule keep &quot;over 3 months&quot; until an admin changes it.</source>
        <translation>Quy trình của Trường Đại học Sài Gòn ghi &quot;từ trên 3 tháng đến 12 tháng&quot; (tắt). Cơ sở dữ liệu được tạo trước khi có quy tắc này giữ cách tính &quot;trên 3 tháng&quot; cho đến khi quản trị viên thay đổi.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW of 28 Sep 2021, item 10.2.1 b, and Guidance 12-HD/BTCTW (2022) section II 4.3.1 c, as Can Tho University&apos;s procedure cites them: 12 months or more.</source>
        <translation>Hướng dẫn 01-HD/TW ngày 28/9/2021, điểm b mục 10.2.1, và Hướng dẫn 12-HD/BTCTW (2022), điểm c mục 4.3.1 phần II, theo trích dẫn trong quy trình của Trường Đại học Cần Thơ: từ 12 tháng trở lên.</translation>
    </message>
    <message>
        <source>Regulation 228-QĐ/TW (2014) said &quot;over 12 months&quot;; the 2021 guidance says &quot;12 months or more&quot;.</source>
        <translation>Quy định 228-QĐ/TW (2014) ghi &quot;trên 12 tháng&quot;; hướng dẫn năm 2021 ghi &quot;từ 12 tháng trở lên&quot;.</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10: a delegation of 3 or more full members abroad; the Foreign Ministry&apos;s Party Committee forms the cell.</source>
        <translation>Hướng dẫn 01-HD/TW (2021), mục 10: đoàn có từ 3 đảng viên chính thức trở lên ở nước ngoài; Đảng ủy Bộ Ngoại giao lập chi bộ.</translation>
    </message>
    <message>
        <source>No source found: no regulation or published procedure seen blocks a new trip while a return report is overdue.</source>
        <translation>Không tìm thấy nguồn: chưa thấy quy định hay quy trình đã công bố nào không cho phê duyệt chuyến đi mới khi báo cáo kết quả chuyến đi còn quá hạn.</translation>
    </message>
    <message>
        <source>Off by default; a committee that decides to close out one trip before approving the next turns it on as its own policy. Registers created before this default keep it on until an admin changes it.</source>
        <translation>Mặc định tắt; cấp ủy nào quyết định phải kết thúc chuyến đi trước rồi mới phê duyệt chuyến đi sau thì bật quy tắc này như chủ trương riêng. Cơ sở dữ liệu được tạo trước khi có mặc định này vẫn giữ trạng thái bật cho đến khi quản trị viên thay đổi.</translation>
    </message>
    <message>
        <source>Regulation 58-QĐ/TW (2022) and summaries of Regulation 228-QĐ/TW; going abroad without permission is an offence under Regulation 69-QĐ/TW art. 34.</source>
        <translation>Quy định 58-QĐ/TW (2022) và các bản tóm tắt Quy định 228-QĐ/TW; ra nước ngoài khi chưa được phép là vi phạm theo Quy định 69-QĐ/TW, Điều 34.</translation>
    </message>
    <message>
        <source>From summaries of the regulations; their full texts were not read this round.</source>
        <translation>Theo các bản tóm tắt quy định; đợt này chưa đọc toàn văn các quy định đó.</translation>
    </message>
    <message>
        <source>Procedure of the Party Committee of Ho Chi Minh City University of Law under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022): the member&apos;s application, with the cell&apos;s opinion, is what the committee decides on.</source>
        <translation>Quy trình của Đảng ủy Trường Đại học Luật Thành phố Hồ Chí Minh theo Quy định 58-QĐ/TW và Hướng dẫn 01-HD/BTCTW (2022): cấp ủy quyết định trên cơ sở đơn của đảng viên kèm ý kiến của chi bộ.</translation>
    </message>
    <message>
        <source>The papers due before departure (their deadlines above): the application and the commitment on relatives abroad (Ho Chi Minh City University of Law&apos;s procedure under Guidance 01-HD/BTCTW, 2022) and the pre-departure report where a purpose&apos;s documents list it.</source>
        <translation>Các giấy tờ phải nộp trước khi đi (hạn nộp ở các quy tắc trên): đơn đề nghị và bản cam kết về thân nhân ở nước ngoài (quy trình của Trường Đại học Luật Thành phố Hồ Chí Minh theo Hướng dẫn 01-HD/BTCTW, 2022) và báo cáo trước khi đi nếu danh sách văn bản của mục đích ra nước ngoài có báo cáo này.</translation>
    </message>
    <message>
        <source>A paper listed here is looked for only when the posting calls for it (documents.* rules).</source>
        <translation>Giấy tờ nêu ở đây chỉ được kiểm tra khi đợt ra nước ngoài yêu cầu giấy tờ đó (các quy tắc documents.*).</translation>
    </message>
    <message>
        <source>Guidance 01-HD/TW (2021), item 10: the self-review and the cell committee&apos;s remarks on return; the return report in the committees&apos; procedures.</source>
        <translation>Hướng dẫn 01-HD/TW (2021), mục 10: bản tự kiểm điểm và nhận xét của chi ủy khi về nước; báo cáo kết quả chuyến đi theo quy trình của các cấp ủy.</translation>
    </message>
    <message>
        <source>No source found: the procedures give the order of the papers, not whether the register may record a step before them.</source>
        <translation>Không tìm thấy nguồn: các quy trình nêu thứ tự các giấy tờ, không nêu việc có được ghi nhận một bước vào cơ sở dữ liệu trước khi có các giấy tờ đó hay không.</translation>
    </message>
    <message>
        <source>A committee that wants it strict lists the papers here.</source>
        <translation>Cấp ủy nào muốn áp dụng chặt chẽ thì liệt kê các giấy tờ tại đây.</translation>
    </message>
</context>
<context>
    <name>orec::RuleUnit</name>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>bật/tắt</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>văn bản</translation>
    </message>
</context>
<context>
    <name>orec::SpreadsheetValues</name>
    <message>
        <source>&quot;%1&quot; is a number Excel wrote in scientific notation: the last digits of the %2 are lost and cannot be recovered from the file. In the spreadsheet, format the column as Text (Format Cells › Text), type the numbers again, and import again.</source>
        <translation>&quot;%1&quot; là số được Excel ghi dưới dạng ký hiệu khoa học: các chữ số cuối của %2 đã bị mất và không thể khôi phục từ tệp. Trong bảng tính, hãy định dạng cột là Văn bản (Định dạng Ô › Văn bản), nhập lại các số rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>party card number</source>
        <translation>số thẻ đảng viên</translation>
    </message>
    <message>
        <source>The party card number &quot;%1&quot; was stored by Excel as a decimal number, which drops trailing zeros, so digits may be missing. Format the column as Text and type the number again.</source>
        <translation>Số thẻ đảng viên &quot;%1&quot; đã được Excel lưu dưới dạng số thập phân, vốn bỏ các chữ số 0 ở cuối, nên có thể bị thiếu chữ số. Hãy định dạng cột là Văn bản và nhập lại số.</translation>
    </message>
    <message>
        <source>leading zero restored: Excel stored the card number as a number and dropped it</source>
        <translation>đã khôi phục chữ số 0 ở đầu: Excel lưu số thẻ dưới dạng số nên đã bỏ chữ số này</translation>
    </message>
    <message>
        <source>separators removed</source>
        <translation>đã bỏ các ký tự phân cách</translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation>số CCCD</translation>
    </message>
    <message>
        <source>leading zeros restored: Excel stored the citizen ID as a number and dropped them (every citizen ID starts with its province code 001–096)</source>
        <translation>đã khôi phục các chữ số 0 ở đầu: Excel lưu số CCCD dưới dạng số nên đã bỏ các chữ số này (mọi số CCCD đều bắt đầu bằng mã tỉnh 001–096)</translation>
    </message>
    <message>
        <source>leading zero restored: Excel stored the identity card number as a number and dropped it</source>
        <translation>đã khôi phục chữ số 0 ở đầu: Excel lưu số chứng minh nhân dân dưới dạng số nên đã bỏ chữ số này</translation>
    </message>
    <message>
        <source>The citizen ID &quot;%1&quot; has %2 digits, not 12: if the sheet went through Excel, it dropped the leading zeros. Format the column as Text and type the number again.</source>
        <translation>Số CCCD &quot;%1&quot; có %2 chữ số, không phải 12: nếu trang tính đã qua Excel thì Excel đã bỏ các chữ số 0 ở đầu. Hãy định dạng cột là Văn bản và nhập lại số.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 không phải là ngày có thật trên lịch.</translation>
    </message>
    <message>
        <source>time of day left out</source>
        <translation>đã bỏ phần giờ trong ngày</translation>
    </message>
    <message>
        <source>date written in words</source>
        <translation>ngày được viết bằng chữ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a year alone; write the whole date (dd/mm/yyyy).</source>
        <translation>&quot;%1&quot; chỉ có năm; hãy ghi đầy đủ ngày tháng năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Excel date number %1 read as a date (%2 date system)</source>
        <translation>số ngày Excel %1 được đọc thành ngày (hệ ngày %2)</translation>
    </message>
</context>
<context>
    <name>orec::StepPapers</name>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (hạn nộp %2)</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Quy tắc %1: %2</translation>
    </message>
    <message>
        <source>“%1” waits for papers not received yet: %2.</source>
        <translation>Bước “%1” phải chờ các giấy tờ chưa nhận được: %2.</translation>
    </message>
    <message>
        <source>Before “%1”, the rules table looks for papers not received yet: %2.</source>
        <translation>Trước bước “%1”, bảng quy tắc yêu cầu các giấy tờ chưa nhận được: %2.</translation>
    </message>
</context>
<context>
    <name>orec::Texts::Texts</name>
    <message>
        <source>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home; %1 is %2, and auditors never hold it. %3</source>
        <translation>Chỉ người dùng có quyền ký thay mặt trong nước mới ký được gói gửi cho chi bộ và mở được gói gửi về; %1 có vai trò %2, và kiểm tra viên không bao giờ có quyền này. %3</translation>
    </message>
    <message>
        <source>Cell packages are signed, and return packages opened, only by users who hold the right to sign as home, and %1 does not hold it. %2 An administrator who holds it can grant it to you (Users, or orec user grant-exchange %1).</source>
        <translation>Chỉ người dùng có quyền ký thay mặt trong nước mới ký được gói gửi cho chi bộ và mở được gói gửi về, và %1 không có quyền này. %2 Quản trị viên có quyền này có thể cấp cho bạn (mục Người dùng, hoặc orec user grant-exchange %1).</translation>
    </message>
</context>
<context>
    <name>orec::Transfer</name>
    <message>
        <source>A transfer letter needs an issue date.</source>
        <translation>Giấy giới thiệu sinh hoạt đảng phải có ngày cấp.</translation>
    </message>
    <message>
        <source>The register already has letters of %1; a letter dated in %2 cannot be added after them.</source>
        <translation>Sổ giới thiệu sinh hoạt đảng đã có giấy của năm %1; không thể ghi tiếp sau đó một giấy đề ngày trong năm %2.</translation>
    </message>
    <message>
        <source>%1 is a %2: an official posting slip abroad (3A-SHĐ) is issued by the committee at the district level or its equivalent. Issue it from the committee above, or correct the committee&apos;s level if it is wrong.</source>
        <translation>%1 là %2: phiếu công tác chính thức ngoài nước (3A-SHĐ) do cấp ủy cấp huyện và tương đương cấp. Hãy cấp phiếu từ cấp ủy cấp trên, hoặc sửa lại cấp của cấp ủy nếu đã nhập sai.</translation>
    </message>
</context>
<context>
    <name>orec::TransferDirection</name>
    <message>
        <source>Out (abroad)</source>
        <translation>Chuyển đi (ra nước ngoài)</translation>
    </message>
    <message>
        <source>Back (home)</source>
        <translation>Chuyển về (trong nước)</translation>
    </message>
</context>
<context>
    <name>orec::TransferKind</name>
    <message>
        <source>Temporary transfer letter</source>
        <translation>Giấy giới thiệu sinh hoạt đảng tạm thời</translation>
    </message>
    <message>
        <source>Official transfer letter</source>
        <translation>Giấy giới thiệu sinh hoạt đảng chính thức</translation>
    </message>
    <message>
        <source>Overseas posting slip for labour export</source>
        <translation>Phiếu công tác chính thức ngoài nước (lao động xuất khẩu)</translation>
    </message>
</context>
<context>
    <name>orec::UnitKind</name>
    <message>
        <source>Party committee</source>
        <translation>Đảng bộ</translation>
    </message>
    <message>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Tổ đảng</translation>
    </message>
</context>
<context>
    <name>orec::UnitLevel</name>
    <message>
        <source>Province-level committee or equivalent</source>
        <translation>Cấp ủy cấp tỉnh và tương đương</translation>
    </message>
    <message>
        <source>District-level committee or equivalent</source>
        <translation>Cấp ủy cấp huyện và tương đương</translation>
    </message>
    <message>
        <source>Grassroots committee</source>
        <translation>Đảng ủy cơ sở</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
</context>
<context>
    <name>orec::Validation</name>
    <message>
        <source>%1 (%2) cannot be in the future.</source>
        <translation>%1 (%2) không thể là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code.</source>
        <translation>&quot;%1&quot; không phải mã quốc gia ISO 3166-1.</translation>
    </message>
    <message>
        <source>A country abroad cannot be Viet Nam.</source>
        <translation>Nước đến không thể là Việt Nam.</translation>
    </message>
    <message>
        <source>Relative %1: the name is missing.</source>
        <translation>Thân nhân %1: thiếu họ tên.</translation>
    </message>
    <message>
        <source>Relative %1: the relation to the member is missing.</source>
        <translation>Thân nhân %1: thiếu quan hệ với đảng viên.</translation>
    </message>
    <message>
        <source>Relative %1: the country is missing.</source>
        <translation>Thân nhân %1: thiếu nước cư trú.</translation>
    </message>
    <message>
        <source>Relative %1: &quot;%2&quot; is not an ISO 3166-1 country code.</source>
        <translation>Thân nhân %1: &quot;%2&quot; không phải mã quốc gia ISO 3166-1.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Phải nhập họ và tên.</translation>
    </message>
    <message>
        <source>The full name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Họ và tên chỉ được gồm chữ cái, dấu cách, dấu gạch nối và dấu nháy đơn.</translation>
    </message>
    <message>
        <source>The full name has one word only; enter family, middle and given name.</source>
        <translation>Họ và tên mới có một từ; hãy nhập đủ họ, tên đệm và tên.</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>The date of birth (%1) is implausibly early.</source>
        <translation>Ngày sinh (%1) sớm một cách bất thường.</translation>
    </message>
    <message>
        <source>The admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Admission (%1) is before the member&apos;s 18th birthday (%2).</source>
        <translation>Ngày vào Đảng (%1) trước ngày đảng viên đủ 18 tuổi (%2).</translation>
    </message>
    <message>
        <source>The full-membership date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>A full-membership date needs the admission date.</source>
        <translation>Có ngày chính thức thì phải có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Full membership (%1) cannot come before admission (%2).</source>
        <translation>Ngày chính thức (%1) không thể trước ngày vào Đảng (%2).</translation>
    </message>
    <message>
        <source>Full membership (%1) normally comes 12 months after admission, on %2.</source>
        <translation>Ngày chính thức (%1) thông thường là 12 tháng sau ngày vào Đảng, tức ngày %2.</translation>
    </message>
    <message>
        <source>Probation ended on %1; record the full-membership date or the committee&apos;s decision.</source>
        <translation>Đã hết thời hạn dự bị từ ngày %1; hãy ghi ngày chính thức hoặc quyết định của cấp ủy.</translation>
    </message>
    <message>
        <source>The citizen ID must have 12 digits (9 on old identity cards).</source>
        <translation>Số CCCD phải có 12 chữ số (chứng minh nhân dân cũ: 9 chữ số).</translation>
    </message>
    <message>
        <source>A 9-digit number is from an old identity card; record the 12-digit citizen ID if the member has one.</source>
        <translation>Số có 9 chữ số là số chứng minh nhân dân cũ; nếu đảng viên đã có CCCD thì hãy ghi số CCCD 12 chữ số.</translation>
    </message>
    <message>
        <source>The party card number may contain digits only.</source>
        <translation>Số thẻ đảng viên chỉ được gồm chữ số.</translation>
    </message>
    <message>
        <source>A probationary member does not have a party card yet.</source>
        <translation>Đảng viên dự bị chưa có thẻ đảng viên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between.</source>
        <translation>Số điện thoại gồm 8 đến 15 chữ số, có thể xen dấu +, dấu ngoặc, dấu gạch ngang hoặc dấu cách.</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>Phải nhập mã tổ chức đảng.</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>Phải nhập tên tổ chức đảng.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>Tổ chức đảng không thể là cấp trên của chính nó.</translation>
    </message>
    <message>
        <source>An overseas cell needs its type (mission, spouse, student, labour, expert or self-employed).</source>
        <translation>Chi bộ ở nước ngoài phải có loại chi bộ (cơ quan đại diện, phu nhân – phu quân, lưu học sinh, lao động, chuyên gia hoặc tự lập nghiệp).</translation>
    </message>
    <message>
        <source>Only overseas cells have a cell type.</source>
        <translation>Chỉ chi bộ ở nước ngoài mới có loại chi bộ.</translation>
    </message>
    <message>
        <source>An overseas cell needs its country.</source>
        <translation>Chi bộ ở nước ngoài phải có nước sở tại.</translation>
    </message>
    <message>
        <source>A unit at home has no country abroad; mark it as overseas or clear the country.</source>
        <translation>Tổ chức đảng trong nước không có nước sở tại; hãy đánh dấu là ở nước ngoài hoặc xóa nước sở tại.</translation>
    </message>
    <message>
        <source>The deputy secretary must be someone other than the secretary.</source>
        <translation>Phó bí thư phải là người khác với bí thư.</translation>
    </message>
    <message>
        <source>The date the unit was set up</source>
        <translation>Ngày thành lập tổ chức đảng</translation>
    </message>
    <message>
        <source>Only an overseas cell can be a probationary cell.</source>
        <translation>Chỉ chi bộ ở nước ngoài mới có thể là chi bộ sinh hoạt dự bị.</translation>
    </message>
    <message>
        <source>A probationary cell works under an appointed secretary; none is recorded.</source>
        <translation>Chi bộ sinh hoạt dự bị hoạt động dưới sự điều hành của bí thư được chỉ định; chưa ghi bí thư.</translation>
    </message>
    <message>
        <source>Choose the member who goes abroad.</source>
        <translation>Chọn đảng viên ra nước ngoài.</translation>
    </message>
    <message>
        <source>At least one country is required.</source>
        <translation>Phải có ít nhất một nước đến.</translation>
    </message>
    <message>
        <source>The delegation counts at least the member.</source>
        <translation>Đoàn phải có ít nhất chính đảng viên này.</translation>
    </message>
    <message>
        <source>The planned departure date is required.</source>
        <translation>Phải nhập ngày đi dự kiến.</translation>
    </message>
    <message>
        <source>The planned return date is required.</source>
        <translation>Phải nhập ngày về dự kiến.</translation>
    </message>
    <message>
        <source>The planned return (%1) is before the planned departure (%2).</source>
        <translation>Ngày về dự kiến (%1) trước ngày đi dự kiến (%2).</translation>
    </message>
    <message>
        <source>The date of the sending decision</source>
        <translation>Ngày quyết định cử</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>The committee that approved the posting is missing.</source>
        <translation>Thiếu cấp ủy đã phê duyệt đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>The departure date</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>The return date</source>
        <translation>Ngày về nước</translation>
    </message>
    <message>
        <source>A return needs the departure date.</source>
        <translation>Có ngày về nước thì phải có ngày đi.</translation>
    </message>
    <message>
        <source>The return (%1) is before the departure (%2).</source>
        <translation>Ngày về nước (%1) trước ngày đi (%2).</translation>
    </message>
    <message>
        <source>The departure (%1) is before the approval (%2); record it as a departure without approval.</source>
        <translation>Ngày đi (%1) trước ngày phê duyệt (%2); hãy ghi nhận là đi nước ngoài khi chưa được phê duyệt.</translation>
    </message>
    <message>
        <source>Extension %1: the decision number is missing.</source>
        <translation>Gia hạn lần %1: thiếu số quyết định.</translation>
    </message>
    <message>
        <source>Extension %1: the decision date is missing.</source>
        <translation>Gia hạn lần %1: thiếu ngày quyết định.</translation>
    </message>
    <message>
        <source>Extension %1: the decision date (%2) cannot be in the future.</source>
        <translation>Gia hạn lần %1: ngày quyết định (%2) không thể là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Extension %1: the new planned return is missing.</source>
        <translation>Gia hạn lần %1: thiếu ngày về dự kiến mới.</translation>
    </message>
    <message>
        <source>Extension %1 does not extend: the new return (%2) is not after %3.</source>
        <translation>Gia hạn lần %1 không kéo dài thời gian: ngày về mới (%2) không sau ngày %3.</translation>
    </message>
    <message>
        <source>The posting is past approval, but no approval date is recorded.</source>
        <translation>Đợt ra nước ngoài đã qua bước phê duyệt nhưng chưa ghi ngày phê duyệt.</translation>
    </message>
    <message>
        <source>The posting is past departure, but no departure date is recorded.</source>
        <translation>Đợt ra nước ngoài đã qua bước đi nhưng chưa ghi ngày đi.</translation>
    </message>
    <message>
        <source>The member has returned, but no return date is recorded.</source>
        <translation>Đảng viên đã về nước nhưng chưa ghi ngày về nước.</translation>
    </message>
    <message>
        <source>The member is recorded in an overseas cell, but the cell is missing.</source>
        <translation>Đảng viên được ghi là sinh hoạt tại chi bộ ở nước ngoài nhưng thiếu thông tin chi bộ.</translation>
    </message>
    <message>
        <source>The date contact was lost is missing.</source>
        <translation>Thiếu ngày mất liên lạc.</translation>
    </message>
    <message>
        <source>The date contact was lost</source>
        <translation>Ngày mất liên lạc</translation>
    </message>
    <message>
        <source>Contact cannot be lost (%1) before the departure (%2).</source>
        <translation>Ngày mất liên lạc (%1) không thể trước ngày đi (%2).</translation>
    </message>
    <message>
        <source>An official posting is normally preceded by a political-standard conclusion; none is referenced.</source>
        <translation>Ra nước ngoài công tác thông thường phải có kết luận tiêu chuẩn chính trị trước; chưa ghi số kết luận.</translation>
    </message>
    <message>
        <source>The member stays with the home cell but an overseas cell is recorded; check the arrangement.</source>
        <translation>Đảng viên giữ nguyên sinh hoạt tại chi bộ trong nước nhưng lại có ghi chi bộ ở nước ngoài; hãy kiểm tra hình thức sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision on full membership has no reference.</source>
        <translation>Quyết định của cấp ủy về việc công nhận đảng viên chính thức chưa có số hiệu.</translation>
    </message>
    <message>
        <source>Choose the member the report is about.</source>
        <translation>Chọn đảng viên mà báo cáo đề cập.</translation>
    </message>
    <message>
        <source>Choose the trip or posting the report belongs to.</source>
        <translation>Chọn chuyến đi hoặc đợt ra nước ngoài mà báo cáo thuộc về.</translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation>Phải nhập ngày phát sinh sự việc.</translation>
    </message>
    <message>
        <source>The date of the event</source>
        <translation>Ngày phát sinh sự việc</translation>
    </message>
    <message>
        <source>The date received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Record who received the report.</source>
        <translation>Hãy ghi người nhận báo cáo.</translation>
    </message>
    <message>
        <source>The member has not acknowledged the commitments (no classified documents; reporting duties).</source>
        <translation>Đảng viên chưa xác nhận các cam kết (không mang theo tài liệu mật; thực hiện chế độ báo cáo).</translation>
    </message>
    <message>
        <source>The commitment lists no relatives abroad.</source>
        <translation>Bản cam kết chưa kê khai thân nhân nào ở nước ngoài.</translation>
    </message>
    <message>
        <source>Contact %1: who the member met is missing.</source>
        <translation>Tiếp xúc %1: thiếu thông tin người mà đảng viên đã gặp.</translation>
    </message>
    <message>
        <source>Contact %1: the date (%2) cannot be in the future.</source>
        <translation>Tiếp xúc %1: ngày (%2) không thể là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The issuing committee is required.</source>
        <translation>Phải nhập cấp ủy cấp giấy.</translation>
    </message>
    <message>
        <source>Choose the member the letter is for.</source>
        <translation>Chọn đảng viên được cấp giấy giới thiệu.</translation>
    </message>
    <message>
        <source>The issue date is required.</source>
        <translation>Phải nhập ngày cấp.</translation>
    </message>
    <message>
        <source>The issue date</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>The register number is required.</source>
        <translation>Phải nhập số đăng ký.</translation>
    </message>
    <message>
        <source>Register number %1 belongs to %2, but the letter is dated %3.</source>
        <translation>Số đăng ký %1 thuộc năm %2 nhưng giấy đề ngày %3.</translation>
    </message>
    <message>
        <source>The receiving unit is required.</source>
        <translation>Phải nhập tổ chức đảng nơi đến.</translation>
    </message>
    <message>
        <source>No party card number: only right for a probationary member.</source>
        <translation>Không có số thẻ đảng viên: chỉ đúng với đảng viên dự bị.</translation>
    </message>
    <message>
        <source>The dossier number is missing.</source>
        <translation>Thiếu số lý lịch.</translation>
    </message>
    <message>
        <source>The month up to which dues are paid is missing.</source>
        <translation>Thiếu thông tin đã đóng đảng phí đến hết tháng nào.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters (this one has %3).</source>
        <translation>%1 quá dài: tối đa %2 ký tự (hiện có %3).</translation>
    </message>
    <message>
        <source>%1: at most %2 entries (there are %3).</source>
        <translation>%1: tối đa %2 mục (hiện có %3).</translation>
    </message>
    <message>
        <source>The record&apos;s uuid</source>
        <translation>Mã uuid của bản ghi</translation>
    </message>
    <message>
        <source>The full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>The hometown</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>The citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>The party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>The dossier number</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>The workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The unit code</source>
        <translation>Mã tổ chức đảng</translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation>Tên tổ chức đảng</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>The countries of a posting</source>
        <translation>Các nước đến của đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>The host organisation</source>
        <translation>Cơ quan, tổ chức tiếp nhận</translation>
    </message>
    <message>
        <source>The number of the sending decision</source>
        <translation>Số quyết định cử</translation>
    </message>
    <message>
        <source>The body that took the sending decision</source>
        <translation>Cơ quan ra quyết định cử</translation>
    </message>
    <message>
        <source>The political-standard conclusion&apos;s reference</source>
        <translation>Số, ký hiệu văn bản kết luận tiêu chuẩn chính trị</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The reference of the decision on full membership</source>
        <translation>Số, ký hiệu quyết định công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>The extensions of a posting</source>
        <translation>Các lần gia hạn của đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>The number of an extension&apos;s decision</source>
        <translation>Số quyết định gia hạn</translation>
    </message>
    <message>
        <source>The reason for an extension</source>
        <translation>Lý do gia hạn</translation>
    </message>
    <message>
        <source>The report&apos;s content is nested too deeply at %1.</source>
        <translation>Nội dung báo cáo lồng nhau quá sâu tại %1.</translation>
    </message>
    <message>
        <source>A content key</source>
        <translation>Một tên trường nội dung</translation>
    </message>
    <message>
        <source>A list of the report</source>
        <translation>Một danh sách trong báo cáo</translation>
    </message>
    <message>
        <source>The report&apos;s %1</source>
        <translation>%1 của báo cáo</translation>
    </message>
    <message>
        <source>Who received the report</source>
        <translation>Người nhận báo cáo</translation>
    </message>
    <message>
        <source>The cell&apos;s opinion</source>
        <translation>Ý kiến của chi bộ</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion</source>
        <translation>Ý kiến của cấp ủy</translation>
    </message>
    <message>
        <source>The committee&apos;s decision</source>
        <translation>Quyết định của cấp ủy</translation>
    </message>
    <message>
        <source>The report&apos;s content</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>The receiving unit</source>
        <translation>Tổ chức đảng nơi đến</translation>
    </message>
    <message numerus="yes">
        <source>Party cards issued since 2003 have 8-digit numbers; this one has %n digit(s).</source>
        <translation>
            <numerusform>Thẻ đảng viên cấp từ năm 2003 có số gồm 8 chữ số; số này có %n chữ số.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a dossier number: a dossier number has 6 digits and 2 or 3 letters, for example 123456AB or 123456ABC.</source>
        <translation>“%1” không phải là số lý lịch: số lý lịch gồm 6 chữ số và 2 hoặc 3 chữ cái, ví dụ 123456AB hoặc 123456ABC.</translation>
    </message>
    <message>
        <source>The alias</source>
        <translation>Bí danh</translation>
    </message>
</context>
<context>
    <name>orec::app</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 không phải là ngày có thật trên lịch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes (co) nor no (khong).</source>
        <translation>&quot;%1&quot; không phải là có (co) hoặc không (khong).</translation>
    </message>
    <message>
        <source>Cannot read the column map at &quot;%1&quot;: write HEADER=field, separated by commas.</source>
        <translation>Không đọc được bảng ghép cột tại &quot;%1&quot;: hãy viết HEADER=field, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>The %1 table has no field &quot;%2&quot; (column map entry &quot;%3&quot;).</source>
        <translation>Bảng %1 không có trường &quot;%2&quot; (mục &quot;%3&quot; trong bảng ghép cột).</translation>
    </message>
    <message>
        <source>This is a cell secretary&apos;s field database: this is done at home, not on the laptop.</source>
        <translation>Đây là cơ sở dữ liệu ở nước ngoài của bí thư chi bộ: việc này được thực hiện ở trong nước, không thực hiện trên máy tính xách tay.</translation>
    </message>
    <message>
        <source>The key file %1 is missing beside the database, so no passphrase can open it: the register&apos;s files are incomplete. An administrator&apos;s recovery key opens the database and makes a new key file (orec unlock-with-recovery, or &quot;Use the recovery key&quot; in the window); a backup (.orecbak) holds both files.</source>
        <translation>Không có tệp khóa %1 bên cạnh cơ sở dữ liệu, nên không mật khẩu nào mở được: bộ tệp của cơ sở dữ liệu không đầy đủ. Khóa khôi phục của quản trị viên mở được cơ sở dữ liệu và tạo tệp khóa mới (orec unlock-with-recovery, hoặc &quot;Dùng khóa khôi phục&quot; trong cửa sổ); bản sao lưu (.orecbak) chứa cả hai tệp.</translation>
    </message>
    <message>
        <source>The user&apos;s full name</source>
        <translation>Họ và tên của người dùng</translation>
    </message>
    <message>
        <source>There is no user with this name.</source>
        <translation>Không có người dùng mang tên này.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed or demoted.</source>
        <translation>Không thể xóa hoặc hạ vai trò của quản trị viên cuối cùng.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>%1 is an auditor: auditors never sign as home. Change their role first.</source>
        <translation>%1 là kiểm tra viên: kiểm tra viên không bao giờ ký thay mặt trong nước. Hãy đổi vai trò của người này trước.</translation>
    </message>
    <message>
        <source>This register must be upgraded before the right can be granted.</source>
        <translation>Cơ sở dữ liệu này phải được nâng cấp trước khi có thể cấp quyền.</translation>
    </message>
    <message>
        <source>%1 does not hold the right to sign as home.</source>
        <translation>%1 không có quyền ký thay mặt trong nước.</translation>
    </message>
    <message>
        <source>%1 is the last user who can sign as home: grant the right to someone else first, or nobody could export a cell package or import a return package.</source>
        <translation>%1 là người dùng cuối cùng có thể ký thay mặt trong nước: hãy cấp quyền này cho người khác trước, nếu không sẽ không ai xuất được gói gửi cho chi bộ hoặc nhập được gói gửi về.</translation>
    </message>
    <message>
        <source>The demo register must start empty.</source>
        <translation>Dữ liệu mẫu phải được tạo trong cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The number of members must be between 0 and 2,000,000.</source>
        <translation>Số đảng viên phải từ 0 đến 2.000.000.</translation>
    </message>
    <message>
        <source>The register already has records; the demo department is made in a new database.</source>
        <translation>Cơ sở dữ liệu đã có hồ sơ; dữ liệu mẫu chỉ được tạo trong một cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>The secretary&apos;s name</source>
        <translation>Họ tên bí thư</translation>
    </message>
    <message>
        <source>This register must be upgraded before home&apos;s keys can change.</source>
        <translation>Cơ sở dữ liệu này phải được nâng cấp trước khi có thể thay đổi khóa của cơ sở dữ liệu trong nước.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; write Nam or Nữ.</source>
        <translation>&quot;%1&quot; không phải giới tính; hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>No unit has the code or name &quot;%1&quot;.</source>
        <translation>Không có tổ chức đảng nào có mã hoặc tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The party card number %1 is also on line %2 of the file.</source>
        <translation>Số thẻ đảng viên %1 cũng có ở dòng %2 của tệp.</translation>
    </message>
    <message>
        <source>The party card number %1 already belongs to %2 in the register.</source>
        <translation>Số thẻ đảng viên %1 đã thuộc về %2 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The citizen ID %1 is also on line %2 of the file.</source>
        <translation>Số CCCD %1 cũng có ở dòng %2 của tệp.</translation>
    </message>
    <message>
        <source>The citizen ID %1 already belongs to %2 in the register.</source>
        <translation>Số CCCD %1 đã thuộc về %2 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, chuyen_gia, tu_lap_nghiep).</source>
        <translation>&quot;%1&quot; không phải loại chi bộ (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, chuyen_gia, tu_lap_nghiep).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of unit (dang_bo, chi_bo, to_dang).</source>
        <translation>&quot;%1&quot; không phải loại tổ chức đảng (dang_bo, chi_bo, to_dang).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation>&quot;%1&quot; không phải mã hoặc tên nước.</translation>
    </message>
    <message>
        <source>No member has the party card number %1 yet; the cell&apos;s secretary is set when a member with that number is imported.</source>
        <translation>Chưa có đảng viên nào có số thẻ đảng viên %1; bí thư của chi bộ sẽ được gán khi nhập đảng viên có số thẻ này.</translation>
    </message>
    <message>
        <source>The code %1 is also on line %2 of the file.</source>
        <translation>Mã %1 cũng có ở dòng %2 của tệp.</translation>
    </message>
    <message>
        <source>The code %1 is already in the register.</source>
        <translation>Mã %1 đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The parents in the file go round in a circle.</source>
        <translation>Quan hệ cấp trên trong tệp tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>The parent unit, on line %1 of the file, has problems and is not imported.</source>
        <translation>Đơn vị cấp trên, ở dòng %1 của tệp, có lỗi nên không được nhập.</translation>
    </message>
    <message>
        <source>The parent unit was not imported.</source>
        <translation>Tổ chức đảng cấp trên chưa được nhập.</translation>
    </message>
    <message>
        <source>Give the member&apos;s party card number or citizen ID.</source>
        <translation>Hãy ghi số thẻ đảng viên hoặc số CCCD của đảng viên.</translation>
    </message>
    <message>
        <source>No member has the party card number %1.</source>
        <translation>Không có đảng viên nào có số thẻ đảng viên %1.</translation>
    </message>
    <message>
        <source>No member has the citizen ID %1.</source>
        <translation>Không có đảng viên nào có số CCCD %1.</translation>
    </message>
    <message>
        <source>The party card number and the citizen ID belong to two different members.</source>
        <translation>Số thẻ đảng viên và số CCCD thuộc về hai đảng viên khác nhau.</translation>
    </message>
    <message>
        <source>No cell has the code &quot;%1&quot;.</source>
        <translation>Không có chi bộ nào có mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an overseas cell.</source>
        <translation>&quot;%1&quot; không phải chi bộ ở nước ngoài.</translation>
    </message>
    <message>
        <source>The cell is in %1, which is not among the countries of the posting.</source>
        <translation>Chi bộ ở %1, không thuộc các nước đến của đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).</source>
        <translation>&quot;%1&quot; không phải hình thức sinh hoạt đảng (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posting status.</source>
        <translation>&quot;%1&quot; không phải trạng thái của đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its departure date.</source>
        <translation>Đợt ra nước ngoài ở trạng thái &quot;%1&quot; phải có ngày đi.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; cannot have a departure date.</source>
        <translation>Đợt ra nước ngoài ở trạng thái &quot;%1&quot; không thể có ngày đi.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs its return date.</source>
        <translation>Đợt ra nước ngoài ở trạng thái &quot;%1&quot; phải có ngày về nước.</translation>
    </message>
    <message>
        <source>A posting in an overseas cell needs the cell.</source>
        <translation>Đợt ra nước ngoài có sinh hoạt tại chi bộ ở nước ngoài phải ghi chi bộ đó.</translation>
    </message>
    <message>
        <source>Only a posting that has departed can be marked as departed without approval.</source>
        <translation>Chỉ chuyến đi đã xuất cảnh mới có thể được đánh dấu là đi nước ngoài khi chưa được phê duyệt.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs the date of the decision that approved it.</source>
        <translation>Đợt ra nước ngoài ở trạng thái &quot;%1&quot; phải có ngày của quyết định phê duyệt.</translation>
    </message>
    <message>
        <source>A posting that is &quot;%1&quot; needs the committee that approved it (its code or name).</source>
        <translation>Đợt ra nước ngoài ở trạng thái &quot;%1&quot; phải có cấp ủy phê duyệt (mã hoặc tên).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of the register; give the approving committee&apos;s code or name.</source>
        <translation>&quot;%1&quot; không phải tổ chức đảng trong cơ sở dữ liệu; hãy ghi mã hoặc tên của cấp ủy phê duyệt.</translation>
    </message>
    <message>
        <source>The same trip of the same member is on line %1 of the file.</source>
        <translation>Chuyến đi này của cùng đảng viên đã có ở dòng %1 của tệp.</translation>
    </message>
    <message>
        <source>This trip (to %1, leaving %2) is already in the register.</source>
        <translation>Chuyến đi này (đến %1, xuất cảnh ngày %2) đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The member is abroad on line %1 of the file as well; one person is in one place.</source>
        <translation>Dòng %1 của tệp cũng ghi đảng viên này đang ở nước ngoài; một người chỉ có thể ở một nơi.</translation>
    </message>
    <message>
        <source>The member is already abroad on posting %1 in the register.</source>
        <translation>Theo cơ sở dữ liệu, đảng viên đang ở nước ngoài theo đợt %1.</translation>
    </message>
    <message>
        <source>The column map names &quot;%1&quot;, which is not a header of the file (its headers: %2).</source>
        <translation>Bảng ghép cột có &quot;%1&quot;, nhưng đây không phải tiêu đề cột của tệp (các tiêu đề của tệp: %2).</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Tệp trống; dòng đầu tiên phải ghi tên các cột.</translation>
    </message>
    <message>
        <source>The column %1 (%2) is missing.</source>
        <translation>Thiếu cột %1 (%2).</translation>
    </message>
    <message>
        <source>A column naming the member is missing: so_the_dang_vien (party_card_no) or so_cccd (citizen_id).</source>
        <translation>Thiếu cột xác định đảng viên: so_the_dang_vien (party_card_no) hoặc so_cccd (citizen_id).</translation>
    </message>
    <message>
        <source>The row has more values (%1) than the header has columns (%2).</source>
        <translation>Dòng có nhiều giá trị (%1) hơn số cột ở dòng tiêu đề (%2).</translation>
    </message>
    <message>
        <source>The purpose is required.</source>
        <translation>Phải nhập mục đích ra nước ngoài.</translation>
    </message>
    <message>
        <source>File integrity (full check): ok</source>
        <translation>Tính toàn vẹn của tệp (kiểm tra đầy đủ): đạt</translation>
    </message>
    <message>
        <source>File integrity (quick check): ok</source>
        <translation>Tính toàn vẹn của tệp (kiểm tra nhanh): đạt</translation>
    </message>
    <message>
        <source>File integrity: DAMAGED</source>
        <translation>Tính toàn vẹn của tệp: BỊ HỎNG</translation>
    </message>
    <message>
        <source>Key file: authentic</source>
        <translation>Tệp khóa: xác thực được</translation>
    </message>
    <message>
        <source>Key file: ALTERED</source>
        <translation>Tệp khóa: BỊ SỬA ĐỔI</translation>
    </message>
    <message>
        <source>Audit log: %1 entries, %2 signatures, chain intact, each change signed by a user entitled to it</source>
        <translation>Nhật ký kiểm tra: %1 mục, %2 chữ ký số, chuỗi liền mạch, mỗi thay đổi đều được ký bởi người dùng có quyền</translation>
    </message>
    <message>
        <source>%1 entries from before signing began are protected by the hash chain only.</source>
        <translation>%1 dòng nhật ký ghi trước khi bắt đầu ký số chỉ được bảo vệ bằng chuỗi băm.</translation>
    </message>
    <message>
        <source>Checkpoint %1: the log extends it.</source>
        <translation>Điểm đối chiếu %1: nhật ký vẫn nối tiếp điểm đối chiếu này.</translation>
    </message>
    <message>
        <source>Audit log: TAMPERED</source>
        <translation>Nhật ký kiểm tra: BỊ CAN THIỆP</translation>
    </message>
    <message>
        <source>Records: %1 checked, each as its last audit entry says</source>
        <translation>Bản ghi: đã kiểm tra %1, tất cả đều đúng như dòng nhật ký kiểm tra cuối cùng của từng bản ghi</translation>
    </message>
    <message>
        <source>Records: %1 checked, %2 NOT as the audit log says</source>
        <translation>Bản ghi: đã kiểm tra %1, có %2 bản ghi KHÔNG đúng như nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... và %1 mục khác.</translation>
    </message>
    <message>
        <source>Still signing with a key an administrator issued (until they change their passphrase): %1</source>
        <translation>Vẫn đang ký bằng khóa do quản trị viên cấp (cho đến khi người đó đổi mật khẩu): %1</translation>
    </message>
    <message>
        <source>BÍ THƯ</source>
        <translation>BÍ THƯ</translation>
    </message>
    <message>
        <source>No member has the party card number or citizen ID %1.</source>
        <translation>Không có đảng viên nào có số thẻ đảng viên hoặc số CCCD %1.</translation>
    </message>
    <message>
        <source>No party unit has the code or name %1.</source>
        <translation>Không có tổ chức đảng nào có mã hoặc tên %1.</translation>
    </message>
    <message>
        <source>Say the period: a start date on or before the end date.</source>
        <translation>Hãy nêu khoảng thời gian: ngày bắt đầu không được sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>Say which member.</source>
        <translation>Hãy chỉ định đảng viên.</translation>
    </message>
    <message>
        <source>Say which transfer letter.</source>
        <translation>Hãy chỉ định giấy giới thiệu sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>Unknown kind of document.</source>
        <translation>Loại văn bản không xác định.</translation>
    </message>
    <message>
        <source>This document has no table to export.</source>
        <translation>Văn bản này không có bảng để xuất.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv: %1 has neither extension.</source>
        <translation>Chỉ xuất được ra .xlsx hoặc .csv: %1 không có đuôi nào trong hai đuôi này.</translation>
    </message>
    <message>
        <source>The home unit does not exist.</source>
        <translation>Đơn vị sinh hoạt trong nước không tồn tại.</translation>
    </message>
    <message>
        <source>No member has this id, party card number or citizen ID.</source>
        <translation>Không có đảng viên nào có mã định danh, số thẻ đảng viên hoặc số CCCD này.</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>Tổ chức đảng cấp trên không tồn tại.</translation>
    </message>
    <message>
        <source>The secretary or deputy is not a member in the register.</source>
        <translation>Bí thư hoặc phó bí thư không phải là đảng viên có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Several units have this name; give the code.</source>
        <translation>Có nhiều tổ chức đảng trùng tên này; hãy nhập mã.</translation>
    </message>
    <message>
        <source>No unit has this code or name.</source>
        <translation>Không có tổ chức đảng nào có mã hoặc tên này.</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>Đảng viên không tồn tại.</translation>
    </message>
    <message>
        <source>No posting has this id.</source>
        <translation>Không có đợt ra nước ngoài nào có mã định danh này.</translation>
    </message>
    <message>
        <source>The overseas cell does not exist.</source>
        <translation>Chi bộ ở nước ngoài không tồn tại.</translation>
    </message>
    <message>
        <source>The approving committee does not exist.</source>
        <translation>Cấp ủy phê duyệt không tồn tại.</translation>
    </message>
    <message>
        <source>The member is still abroad on posting %1 (left %2); record that return first.</source>
        <translation>Đảng viên vẫn đang ở nước ngoài theo đợt %1 (đi ngày %2); hãy ghi nhận về nước cho đợt đó trước.</translation>
    </message>
    <message>
        <source>The member was a full member when this posting began; there is no probation to decide.</source>
        <translation>Đảng viên đã là đảng viên chính thức khi bắt đầu đợt ra nước ngoài này; không có thời hạn dự bị nào cần quyết định.</translation>
    </message>
    <message>
        <source>The committee&apos;s decision (%1) cannot be dated in the future; record it once it has been taken.</source>
        <translation>Quyết định của cấp ủy (%1) không thể mang ngày trong tương lai; hãy ghi khi quyết định đã được ban hành.</translation>
    </message>
    <message>
        <source>Probation ends on %1; the member cannot be admitted to full membership before then.</source>
        <translation>Thời hạn dự bị kết thúc ngày %1; chưa thể công nhận đảng viên chính thức trước ngày đó.</translation>
    </message>
    <message>
        <source>The reference of the decision</source>
        <translation>Số, ký hiệu quyết định</translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation>Nhập ngày nhận báo cáo.</translation>
    </message>
    <message>
        <source>Reports of a posting are filed on the posting.</source>
        <translation>Báo cáo của một đợt ra nước ngoài được lưu theo chính đợt ra nước ngoài đó.</translation>
    </message>
    <message>
        <source>The issuing committee does not exist.</source>
        <translation>Cấp ủy cấp giấy không tồn tại.</translation>
    </message>
    <message>
        <source>The receiving unit does not exist.</source>
        <translation>Tổ chức đảng nơi đến không tồn tại.</translation>
    </message>
    <message>
        <source>The posting does not exist.</source>
        <translation>Đợt ra nước ngoài không tồn tại.</translation>
    </message>
    <message>
        <source>The posting belongs to another member.</source>
        <translation>Đợt ra nước ngoài thuộc về đảng viên khác.</translation>
    </message>
    <message>
        <source>The rule&apos;s key</source>
        <translation>Tên khóa của quy tắc</translation>
    </message>
    <message>
        <source>The rule&apos;s value</source>
        <translation>Giá trị của quy tắc</translation>
    </message>
    <message>
        <source>Give the rule&apos;s new value or its new unit.</source>
        <translation>Hãy cho biết giá trị mới hoặc đơn vị mới của quy tắc.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name</source>
        <translation>Tên ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose (%2).</source>
        <translation>&quot;%1&quot; không phải là mục đích ra nước ngoài (%2).</translation>
    </message>
    <message>
        <source>Say which list to print.</source>
        <translation>Hãy cho biết danh sách cần in.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>report (báo cáo)</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>letter (công văn)</source>
        <translation>công văn</translation>
    </message>
    <message>
        <source>list (danh sách)</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>This form carries the number of its transfer letter in the transfer register (10-SHĐ); print it without --final.</source>
        <translation>Mẫu này mang số của giấy giới thiệu sinh hoạt đảng trong sổ giới thiệu sinh hoạt đảng (10-SHĐ); hãy in mà không dùng --final.</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Trích yếu nội dung</source>
        <translation>Trích yếu nội dung</translation>
    </message>
    <message>
        <source>Người phát hành</source>
        <translation>Người phát hành</translation>
    </message>
    <message>
        <source>No report is overdue: there is no reminder to print.</source>
        <translation>Không có báo cáo nào quá hạn: không có công văn đôn đốc nào để in.</translation>
    </message>
    <message>
        <source>None of the reports chosen is overdue.</source>
        <translation>Trong các báo cáo đã chọn, không có báo cáo nào quá hạn.</translation>
    </message>
    <message>
        <source>The import was stopped; the register is unchanged.</source>
        <translation>Việc nhập đã bị dừng; cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>The card number of %1 changes from %2 to %3; %2 is kept as an earlier number. The row&apos;s other values are not imported.</source>
        <translation>Số thẻ đảng viên của %1 đổi từ %2 thành %3; %2 được giữ lại làm số cũ. Các giá trị khác của dòng không được nhập.</translation>
    </message>
    <message>
        <source>No member of the register has the party card number %1 now; leave the column empty to add a new member.</source>
        <translation>Hiện không có đảng viên nào trong cơ sở dữ liệu mang số thẻ đảng viên %1; hãy để trống cột này để thêm đảng viên mới.</translation>
    </message>
    <message>
        <source>Give the new party card number of %1 beside the earlier one.</source>
        <translation>Hãy ghi số thẻ đảng viên mới của %1 bên cạnh số cũ.</translation>
    </message>
    <message>
        <source>The row changes the card number of %1, but names %2; check the row.</source>
        <translation>Dòng này đổi số thẻ đảng viên của %1 nhưng lại ghi tên %2; hãy kiểm tra lại dòng.</translation>
    </message>
    <message>
        <source>%1 has the citizen ID %2 in the register, not %3.</source>
        <translation>Trong cơ sở dữ liệu, %1 có số CCCD %2, không phải %3.</translation>
    </message>
    <message>
        <source>Line %1 of the file changes the card number of %2 too.</source>
        <translation>Dòng %1 của tệp cũng đổi số thẻ đảng viên của %2.</translation>
    </message>
    <message>
        <source>The party card number %1 was an earlier number of %2, until %3; a card number is not given to two people. Check the number on the card.</source>
        <translation>Số thẻ đảng viên %1 là số cũ của %2, đến %3; một số thẻ không cấp cho hai người. Hãy kiểm tra số ghi trên thẻ.</translation>
    </message>
    <message>
        <source>Line %1 of the sheet is blank or past its end; choose the line that holds the column titles.</source>
        <translation>Dòng %1 của trang tính để trống hoặc nằm sau dòng cuối; hãy chọn dòng chứa tiêu đề cột.</translation>
    </message>
    <message>
        <source>merged cell: the value written once on line %1</source>
        <translation>ô gộp: giá trị chỉ ghi một lần ở dòng %1</translation>
    </message>
    <message>
        <source>filled in: %1 (%2)</source>
        <translation>đã điền: %1 (%2)</translation>
    </message>
    <message>
        <source>changed: %1 → %2 (%3)</source>
        <translation>đã đổi: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Quyết định cử đi số %1 (bản sao)</source>
        <translation>Quyết định cử đi số %1 (bản sao)</translation>
    </message>
    <message>
        <source>Form 2-SHĐ is laid out at the positions of its printed sheet: print it, or ask for its layout.</source>
        <translation>Mẫu 2-SHĐ được dàn trang theo đúng vị trí trên tờ mẫu in sẵn: hãy in mẫu này, hoặc yêu cầu xuất bố cục của mẫu.</translation>
    </message>
    <message>
        <source>The calibration page is laid out directly: print it.</source>
        <translation>Trang căn chỉnh được dàn trang trực tiếp: hãy in trang này.</translation>
    </message>
    <message>
        <source>Letter %1 is not an official posting slip abroad (3A-SHĐ); report 3C-SHĐ lists those only.</source>
        <translation>Giấy %1 không phải là phiếu công tác chính thức ngoài nước (3A-SHĐ); báo cáo 3C-SHĐ chỉ liệt kê các phiếu này.</translation>
    </message>
    <message>
        <source>No official posting slip abroad (3A-SHĐ) in this batch.</source>
        <translation>Không có phiếu công tác chính thức ngoài nước (3A-SHĐ) nào trong đợt này.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way.</source>
        <translation>Độ lệch của máy in tối đa là %1 mm mỗi chiều.</translation>
    </message>
    <message>
        <source>The printer&apos;s offsets could not be saved in the settings.</source>
        <translation>Không lưu được độ lệch của máy in vào cài đặt.</translation>
    </message>
</context>
<context>
    <name>orec::app::AttachmentService</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>Tệp lớn hơn %1 MB; hãy quét với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>Only PDF files and images (JPEG, PNG, TIFF) can be attached.</source>
        <translation>Chỉ đính kèm được tệp PDF và ảnh (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>The file already there could not be replaced.</source>
        <translation>Không thay thế được tệp đã có ở đó.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Không ghi được bản sao: %1</translation>
    </message>
</context>
<context>
    <name>orec::backup</name>
    <message>
        <source>The backup is damaged or incomplete: %1.</source>
        <translation>Bản sao lưu bị hỏng hoặc không đầy đủ: %1.</translation>
    </message>
    <message>
        <source>Reading stopped early: %1.</source>
        <translation>Việc đọc bị dừng giữa chừng: %1.</translation>
    </message>
    <message>
        <source>Writing failed: %1.</source>
        <translation>Ghi không thành công: %1.</translation>
    </message>
    <message>
        <source>This file is not an Overseas Records backup.</source>
        <translation>Tệp này không phải bản sao lưu của Hồ sơ đảng viên ở nước ngoài.</translation>
    </message>
    <message>
        <source>the header is cut short</source>
        <translation>phần đầu tệp bị cắt cụt</translation>
    </message>
    <message>
        <source>the header length is impossible</source>
        <translation>độ dài phần đầu tệp không hợp lệ</translation>
    </message>
    <message>
        <source>the header is not readable</source>
        <translation>không đọc được phần đầu tệp</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of the program.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản mới hơn của chương trình.</translation>
    </message>
    <message>
        <source>the sizes in the header are impossible</source>
        <translation>các kích thước ghi ở phần đầu tệp không hợp lệ</translation>
    </message>
    <message>
        <source>the file has %1 bytes where %2 were written</source>
        <translation>tệp có %1 byte trong khi đã ghi %2 byte</translation>
    </message>
    <message>
        <source>the key slots do not match their checksum</source>
        <translation>các ô khóa không khớp với mã kiểm tra</translation>
    </message>
    <message>
        <source>The backup cannot be read: %1.</source>
        <translation>Không đọc được bản sao lưu: %1.</translation>
    </message>
    <message>
        <source>the database part does not match its checksum</source>
        <translation>phần cơ sở dữ liệu không khớp với mã kiểm tra</translation>
    </message>
    <message>
        <source>The database cannot be read: %1.</source>
        <translation>Không đọc được cơ sở dữ liệu: %1.</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1.</source>
        <translation>Không ghi được bản sao lưu: %1.</translation>
    </message>
    <message>
        <source>The database changed while it was being copied.</source>
        <translation>Cơ sở dữ liệu đã thay đổi trong khi đang sao chép.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Bản sao lưu không được ghi đè lên chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>its key slots belong to another database</source>
        <translation>các ô khóa của bản sao lưu thuộc về cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>Cannot write beside the target: %1.</source>
        <translation>Không ghi được vào thư mục chứa tệp đích: %1.</translation>
    </message>
    <message>
        <source>the database part changed while it was read</source>
        <translation>phần cơ sở dữ liệu đã thay đổi trong khi đang đọc</translation>
    </message>
    <message>
        <source>Only an administrator of the backed-up database can restore it.</source>
        <translation>Chỉ quản trị viên của cơ sở dữ liệu đã sao lưu mới được khôi phục bản sao lưu này.</translation>
    </message>
    <message>
        <source>the restored database fails its integrity check</source>
        <translation>cơ sở dữ liệu khôi phục không vượt qua kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>The old database cannot be replaced.</source>
        <translation>Không thay thế được cơ sở dữ liệu cũ.</translation>
    </message>
    <message>
        <source>The restored files could not be moved into place; they are at %1.</source>
        <translation>Không chuyển được các tệp đã khôi phục vào đúng vị trí; các tệp đó đang ở %1.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not replaced.</source>
        <translation>Đã có tệp trùng tên; tệp đó không bị thay thế.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite a file that belongs to the database.</source>
        <translation>Bản sao lưu không được ghi đè lên một tệp thuộc cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This is a folder; give the name of the backup file to write.</source>
        <translation>Đây là một thư mục; hãy cho biết tên tệp sao lưu cần ghi.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Đây là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The old key file cannot be moved aside.</source>
        <translation>Không chuyển được tệp khóa cũ sang chỗ khác.</translation>
    </message>
    <message>
        <source>the audit head in the header is not readable</source>
        <translation>không đọc được dòng mốc cuối của nhật ký kiểm tra trong phần đầu tệp</translation>
    </message>
    <message>
        <source>The register fails its check, so it was not backed up: %1 Restore an earlier backup that passes, or run `orec check` to see every problem.</source>
        <translation>Cơ sở dữ liệu không vượt qua kiểm tra nên chưa được sao lưu: %1 Hãy khôi phục một bản sao lưu cũ hơn vượt qua được kiểm tra, hoặc chạy `orec check` để xem mọi lỗi.</translation>
    </message>
    <message>
        <source>the restored database fails its check: %1</source>
        <translation>cơ sở dữ liệu khôi phục không vượt qua kiểm tra: %1</translation>
    </message>
</context>
<context>
    <name>orec::cli</name>
    <message>
        <source>orec — Overseas Records on the command line</source>
        <translation>orec — Hồ sơ đảng viên ở nước ngoài trên dòng lệnh</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]</source>
        <translation>Cách dùng: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Tùy chọn chung:</translation>
    </message>
    <message>
        <source>the database file (.orec); its key file FILE.keys sits beside it</source>
        <translation>tệp cơ sở dữ liệu (.orec); tệp khóa FILE.keys nằm bên cạnh</translation>
    </message>
    <message>
        <source>the database user (default: OREC_USER, else the only user or &apos;admin&apos;)</source>
        <translation>người dùng cơ sở dữ liệu (mặc định: OREC_USER, nếu không có thì là người dùng duy nhất hoặc &apos;admin&apos;)</translation>
    </message>
    <message>
        <source>print records as JSON</source>
        <translation>in bản ghi dưới dạng JSON</translation>
    </message>
    <message>
        <source>language of messages (default: Vietnamese, or OREC_LANG)</source>
        <translation>ngôn ngữ của thông báo (mặc định: tiếng Việt, hoặc theo OREC_LANG)</translation>
    </message>
    <message>
        <source>TESTS ONLY: new key slots use the cheapest Argon2id settings</source>
        <translation>CHỈ DÙNG KHI KIỂM THỬ: ô khóa mới dùng tham số Argon2id nhẹ nhất</translation>
    </message>
    <message>
        <source>this help; &apos;orec COMMAND --help&apos; describes one command</source>
        <translation>trợ giúp này; &apos;orec COMMAND --help&apos; mô tả một lệnh</translation>
    </message>
    <message>
        <source>the program version</source>
        <translation>phiên bản chương trình</translation>
    </message>
    <message>
        <source>Passphrases never come from arguments: OREC_PASSPHRASE (the user&apos;s), OREC_NEW_PASSPHRASE (a new one) and OREC_RECOVERY_KEY, else a prompt without echo.</source>
        <translation>Mật khẩu không bao giờ lấy từ tham số dòng lệnh: OREC_PASSPHRASE (mật khẩu của người dùng), OREC_NEW_PASSPHRASE (mật khẩu mới) và OREC_RECOVERY_KEY, nếu không có thì hỏi tại dấu nhắc, không hiện ký tự gõ vào.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage error; 2 invalid input; 3 authentication failed or not allowed; 4 database in use by another process; 5 corrupt or tampered file; 6 other failure (I/O).</source>
        <translation>Mã thoát: 0 thành công; 1 dùng sai cú pháp; 2 dữ liệu vào không hợp lệ; 3 xác thực thất bại hoặc không được phép; 4 cơ sở dữ liệu đang được tiến trình khác sử dụng; 5 tệp bị hỏng hoặc bị can thiệp; 6 lỗi khác (vào/ra).</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] %1</source>
        <translation>Cách dùng: orec --db FILE [--user NAME] %1</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db cần tên tệp.</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>--user cần tên người dùng.</translation>
    </message>
    <message>
        <source>--lang needs vi or en.</source>
        <translation>--lang cần giá trị vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. &apos;orec --help&apos; lists the commands.</source>
        <translation>Lệnh không xác định &apos;%1&apos;. &apos;orec --help&apos; liệt kê các lệnh.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option --%2.</source>
        <translation>&apos;%1&apos; không có tùy chọn --%2.</translation>
    </message>
    <message>
        <source>Say which database with --db FILE.</source>
        <translation>Hãy chỉ định cơ sở dữ liệu bằng --db FILE.</translation>
    </message>
    <message>
        <source>Write it down or print it now and keep it locked away: it is shown only this once. With it alone an administrator can open the database when every passphrase is lost.</source>
        <translation>Hãy chép lại hoặc in ngay và cất giữ cẩn mật: khóa chỉ hiển thị một lần này. Chỉ với khóa này, quản trị viên có thể mở cơ sở dữ liệu khi mọi mật khẩu đều bị mất.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Mật khẩu mới cho %1: </translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>Đã tạo %1 với quản trị viên %2.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role admin|clerk|auditor</source>
        <translation>Cách dùng: user add NAME --role admin|clerk|auditor</translation>
    </message>
    <message>
        <source>--role must be admin, clerk or auditor.</source>
        <translation>--role phải là admin, clerk hoặc auditor.</translation>
    </message>
    <message>
        <source>Passphrase for the new user %1: </source>
        <translation>Mật khẩu cho người dùng mới %1: </translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Đã thêm %1 với vai trò %2.</translation>
    </message>
    <message>
        <source>(no key slot: cannot unlock)</source>
        <translation>(không có ô khóa: không mở khóa được)</translation>
    </message>
    <message>
        <source>Usage: user remove NAME</source>
        <translation>Cách dùng: user remove NAME</translation>
    </message>
    <message>
        <source>Removed %1. To be sure a copy of the old key file is useless to them, run &apos;orec rekey&apos;.</source>
        <translation>Đã xóa %1. Để bảo đảm bản sao tệp khóa cũ không còn dùng được với người này, hãy chạy &apos;orec rekey&apos;.</translation>
    </message>
    <message>
        <source>Usage: user role NAME admin|clerk|auditor</source>
        <translation>Cách dùng: user role NAME admin|clerk|auditor</translation>
    </message>
    <message>
        <source>The role must be admin, clerk or auditor.</source>
        <translation>Vai trò phải là admin, clerk hoặc auditor.</translation>
    </message>
    <message>
        <source>Usage: user reset NAME</source>
        <translation>Cách dùng: user reset NAME</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>The database was re-encrypted with a new key. The old recovery key no longer works.</source>
        <translation>Cơ sở dữ liệu đã được mã hóa lại bằng khóa mới. Khóa khôi phục cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>New recovery key:</source>
        <translation>Khóa khôi phục mới:</translation>
    </message>
    <message>
        <source>Say which administrator gets the new passphrase with --user NAME.</source>
        <translation>Hãy chỉ định quản trị viên nhận mật khẩu mới bằng --user NAME.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Khóa khôi phục: </translation>
    </message>
    <message>
        <source>%1 can unlock the database again with the new passphrase.</source>
        <translation>%1 đã có thể mở khóa cơ sở dữ liệu bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>Create a new encrypted database and its first administrator.</source>
        <translation>Tạo cơ sở dữ liệu mã hóa mới và quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>Creates FILE and its key file FILE.keys. The administrator is --user (default &apos;admin&apos;); the passphrase comes from OREC_PASSPHRASE, else OREC_NEW_PASSPHRASE, else is asked twice. Prints the recovery key once. With --json: {&quot;recovery_key&quot;: ...}.</source>
        <translation>Tạo FILE và tệp khóa FILE.keys. Quản trị viên là --user (mặc định &apos;admin&apos;); mật khẩu lấy từ OREC_PASSPHRASE, nếu không có thì từ OREC_NEW_PASSPHRASE, nếu vẫn không có thì hỏi hai lần. In khóa khôi phục một lần. Với --json: {&quot;recovery_key&quot;: ...}.</translation>
    </message>
    <message>
        <source>Add a user (administrators only).</source>
        <translation>Thêm người dùng (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>--role      admin manages users and keys; clerk reads and writes records; auditor reads records and the audit log and writes nothing.
--full-name the person&apos;s name, for lists.
The new user&apos;s passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation>--role      admin quản lý người dùng và khóa; clerk đọc và ghi hồ sơ; auditor đọc hồ sơ và nhật ký kiểm tra, không ghi gì.
--full-name họ tên của người dùng, để hiển thị trong danh sách.
Mật khẩu của người dùng mới lấy từ OREC_NEW_PASSPHRASE, nếu không có thì hỏi hai lần.</translation>
    </message>
    <message>
        <source>List the users of the database and their roles.</source>
        <translation>Liệt kê người dùng của cơ sở dữ liệu và vai trò của họ.</translation>
    </message>
    <message>
        <source>Remove a user and their key slot (administrators only).</source>
        <translation>Xóa người dùng và ô khóa của người đó (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>The user&apos;s history stays in the audit log. The last administrator cannot be removed.</source>
        <translation>Lịch sử thao tác của người dùng vẫn được giữ trong nhật ký kiểm tra. Không thể xóa quản trị viên cuối cùng.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role (administrators only).</source>
        <translation>Đổi vai trò của người dùng (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>The last administrator cannot be demoted.</source>
        <translation>Không thể hạ vai trò của quản trị viên cuối cùng.</translation>
    </message>
    <message>
        <source>Give a user who forgot their passphrase a new one (administrators only).</source>
        <translation>Cấp mật khẩu mới cho người dùng quên mật khẩu (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>The new passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.</source>
        <translation>Mật khẩu mới lấy từ OREC_NEW_PASSPHRASE, nếu không có thì hỏi hai lần.</translation>
    </message>
    <message>
        <source>Change your own passphrase (the data are not re-encrypted).</source>
        <translation>Đổi mật khẩu của chính bạn (dữ liệu không bị mã hóa lại).</translation>
    </message>
    <message>
        <source>The current passphrase comes from OREC_PASSPHRASE, the new one from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation>Mật khẩu hiện tại lấy từ OREC_PASSPHRASE, mật khẩu mới lấy từ OREC_NEW_PASSPHRASE; nếu không có thì hỏi cả hai.</translation>
    </message>
    <message>
        <source>Re-encrypt the database with a new key and print a new recovery key (administrators only).</source>
        <translation>Mã hóa lại cơ sở dữ liệu bằng khóa mới và in khóa khôi phục mới (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>Every user keeps their passphrase. The old recovery key stops working. A backup of the database as it was is written first beside it (FILE.pre-rekey-DATE.orecbak); it still opens with the old keys, so keep it as safe as the database or delete it.</source>
        <translation>Mọi người dùng giữ nguyên mật khẩu. Khóa khôi phục cũ hết hiệu lực. Trước đó, một bản sao lưu cơ sở dữ liệu ở trạng thái cũ được ghi bên cạnh (FILE.pre-rekey-DATE.orecbak); bản này vẫn mở được bằng các khóa cũ, vì vậy hãy bảo quản nó an toàn như cơ sở dữ liệu hoặc xóa đi.</translation>
    </message>
    <message>
        <source>Open the database with its recovery key and give administrator --user a new passphrase.</source>
        <translation>Mở cơ sở dữ liệu bằng khóa khôi phục và cấp mật khẩu mới cho quản trị viên --user.</translation>
    </message>
    <message>
        <source>Works even when the key file is lost. The recovery key comes from OREC_RECOVERY_KEY, the new passphrase from OREC_NEW_PASSPHRASE; otherwise both are asked.</source>
        <translation>Dùng được cả khi mất tệp khóa. Khóa khôi phục lấy từ OREC_RECOVERY_KEY, mật khẩu mới lấy từ OREC_NEW_PASSPHRASE; nếu không có thì hỏi cả hai.</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>the database file is damaged.</source>
        <translation>tệp cơ sở dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation>nhật ký kiểm tra đã bị can thiệp: %1</translation>
    </message>
    <message>
        <source>Restored %1 from the backup of %2.</source>
        <translation>Đã khôi phục %1 từ bản sao lưu lập lúc %2.</translation>
    </message>
    <message>
        <source>Write a backup of the database and its key slots to one file.</source>
        <translation>Ghi bản sao lưu cơ sở dữ liệu và các ô khóa vào một tệp.</translation>
    </message>
    <message>
        <source>Usage: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)</source>
        <translation>Cách dùng: print KIND --out FILE.pdf|.xlsx|.csv (KIND: %1)</translation>
    </message>
    <message>
        <source>Unknown document &apos;%1&apos;; one of: %2</source>
        <translation>Văn bản không xác định &apos;%1&apos;; chọn một trong: %2</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.pdf (or .xlsx, .csv for the list).</source>
        <translation>Hãy chỉ định nơi ghi bằng --out FILE.pdf (hoặc .xlsx, .csv cho danh sách).</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object.</source>
        <translation>Việc in cần đối tượng ứng dụng đồ họa.</translation>
    </message>
    <message>
        <source>--%1 needs a date dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>--%1 cần một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>--by is country or home-unit.</source>
        <translation>--by nhận country hoặc home-unit.</translation>
    </message>
    <message>
        <source>--within needs a number of days.</source>
        <translation>--within cần một số ngày.</translation>
    </message>
    <message>
        <source>--chart needs a PNG image.</source>
        <translation>--chart cần một ảnh PNG.</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Print a Party document to PDF, or export its list to Excel or CSV.</source>
        <translation>In văn bản của Đảng ra PDF, hoặc xuất danh sách trong văn bản ra Excel hoặc CSV.</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>trong nước</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>ở nước ngoài</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>mất liên lạc</translation>
    </message>
    <message>
        <source>did not return</source>
        <translation>ở lại không về</translation>
    </message>
    <message>
        <source>--%1 needs a date.</source>
        <translation>--%1 cần một ngày.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 cần một số nguyên.</translation>
    </message>
    <message>
        <source>probationary</source>
        <translation>dự bị</translation>
    </message>
    <message>
        <source>return %1</source>
        <translation>về %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>muộn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>posting %1</source>
        <translation>đợt %1</translation>
    </message>
    <message>
        <source>Postings abroad between %1 and %2: %3 (%4 members); %5 departures, %6 returns, %7 without approval.</source>
        <translation>Số lượt ở nước ngoài từ %1 đến %2: %3 (%4 đảng viên); %5 lượt đi, %6 lượt về, %7 lượt đi khi chưa được phê duyệt.</translation>
    </message>
    <message>
        <source>By country and cell type:</source>
        <translation>Theo nước và loại chi bộ:</translation>
    </message>
    <message>
        <source>(no overseas cell)</source>
        <translation>(chưa vào chi bộ ở nước ngoài)</translation>
    </message>
    <message>
        <source>By purpose:</source>
        <translation>Theo mục đích:</translation>
    </message>
    <message>
        <source>departures %1, returns %2</source>
        <translation>đi %1, về %2</translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>đã hết cách đây %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>abroad in %1, decision: %2</source>
        <translation>ở nước ngoài tại %1, quyết định: %2</translation>
    </message>
    <message>
        <source>Posting %1 (%2)</source>
        <translation>Đợt ra nước ngoài %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>[DEPARTED WITHOUT APPROVAL]</source>
        <translation>[ĐI KHI CHƯA ĐƯỢC PHÊ DUYỆT]</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Mục đích: %1</translation>
    </message>
    <message>
        <source>Countries: %1  City: %2</source>
        <translation>Nước: %1  Thành phố: %2</translation>
    </message>
    <message>
        <source>Planned: %1 – %2  Actual: %3 – %4</source>
        <translation>Dự kiến: %1 – %2  Thực tế: %3 – %4</translation>
    </message>
    <message>
        <source>Decision: %1 of %2 (%3)</source>
        <translation>Quyết định: %1 ngày %2 (%3)</translation>
    </message>
    <message>
        <source>Extended to %1 by %2 of %3</source>
        <translation>Gia hạn đến %1 theo quyết định %2 ngày %3</translation>
    </message>
    <message>
        <source>Probation ends %1; decision: %2</source>
        <translation>Hết thời hạn dự bị ngày %1; quyết định: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>đã nhận %1</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(không còn hoạt động)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <source>Born %1 in %2; %3</source>
        <translation>Sinh ngày %1 tại %2; %3</translation>
    </message>
    <message>
        <source>Citizen ID %1; party card %2; dossier %3</source>
        <translation>Số CCCD %1; số thẻ đảng viên %2; số lý lịch %3</translation>
    </message>
    <message>
        <source>Admitted %1; full member %2</source>
        <translation>Vào Đảng %1; chính thức %2</translation>
    </message>
    <message>
        <source>Home unit: %1</source>
        <translation>Đơn vị sinh hoạt trong nước: %1</translation>
    </message>
    <message>
        <source>UNDER DISCIPLINARY REVIEW</source>
        <translation>ĐANG BỊ XEM XÉT KỶ LUẬT</translation>
    </message>
    <message>
        <source>Postings (%1):</source>
        <translation>Các đợt ra nước ngoài (%1):</translation>
    </message>
    <message>
        <source>Transfer letter %1 (%2, %3) issued %4 to %5</source>
        <translation>Giấy giới thiệu sinh hoạt đảng %1 (%2, %3) cấp ngày %4, gửi %5</translation>
    </message>
    <message>
        <source>Other reports:</source>
        <translation>Các báo cáo khác:</translation>
    </message>
    <message>
        <source>Changes to the record: %1</source>
        <translation>Số lần thay đổi hồ sơ: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>Columns not in the format, ignored: %1</source>
        <translation>Các cột không thuộc định dạng, đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Checked %1 row(s): %2 valid, %3 with problems; nothing was written (dry run).</source>
        <translation>Đã kiểm tra %1 dòng: %2 dòng hợp lệ, %3 dòng có lỗi; chưa ghi gì (chạy thử).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s); %3 rejected.</source>
        <translation>Đã nhập %1 trên %2 dòng; %3 dòng bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation>
            <numerusform>Chưa nhập gì: tệp có %n lỗi. Hãy sửa các lỗi này, hoặc nhập các dòng hợp lệ bằng --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows with their reasons: %1</source>
        <translation>Các dòng bị từ chối kèm lý do: %1</translation>
    </message>
    <message>
        <source>home</source>
        <translation>trong nước</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>bí thư</translation>
    </message>
    <message>
        <source>waiting for the laptop&apos;s first package</source>
        <translation>đang chờ gói đầu tiên từ máy tính xách tay</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã gỡ bỏ</translation>
    </message>
    <message>
        <source>Field database of cell %1.</source>
        <translation>Cơ sở dữ liệu ở nước ngoài của chi bộ %1.</translation>
    </message>
    <message>
        <source>Home database.</source>
        <translation>Cơ sở dữ liệu trong nước.</translation>
    </message>
    <message>
        <source>This database&apos;s fingerprint:</source>
        <translation>Dấu vân tay khóa của cơ sở dữ liệu này:</translation>
    </message>
    <message>
        <source>Known parties:</source>
        <translation>Các bên trao đổi đã biết:</translation>
    </message>
    <message>
        <source>Read fingerprints aloud over the phone to the other side: they must match exactly.</source>
        <translation>Hãy đọc dấu vân tay khóa qua điện thoại cho phía bên kia: hai bên phải khớp hoàn toàn.</translation>
    </message>
    <message>
        <source>Usage: secretary add --cell CELL [--name TEXT] [--replace]</source>
        <translation>Cách dùng: secretary add --cell CELL [--name TEXT] [--replace]</translation>
    </message>
    <message>
        <source>A secretary for cell %1 is registered and waits for their laptop.</source>
        <translation>Đã ghi danh bí thư của chi bộ %1; đang chờ máy tính xách tay của bí thư.</translation>
    </message>
    <message>
        <source>Enrolment code (shown only this once):</source>
        <translation>Mã ghi danh (chỉ hiển thị một lần này):</translation>
    </message>
    <message>
        <source>Give it to the secretary in person or through another channel than the package. With it they open the first cell package on their laptop (&apos;orec field init&apos;). Home&apos;s fingerprint, to compare by phone:</source>
        <translation>Hãy trao mã cho bí thư trực tiếp hoặc qua một kênh khác với kênh gửi gói. Với mã này, bí thư mở gói đầu tiên của chi bộ trên máy tính xách tay (&apos;orec field init&apos;). Dấu vân tay khóa của cơ sở dữ liệu trong nước, để đối chiếu qua điện thoại:</translation>
    </message>
    <message>
        <source>Usage: secretary remove --cell CELL [--reason TEXT]</source>
        <translation>Cách dùng: secretary remove --cell CELL [--reason TEXT]</translation>
    </message>
    <message>
        <source>The secretary of %1 was removed: packages from their laptop are refused from now on.</source>
        <translation>Đã gỡ bỏ bí thư của %1: từ nay các gói từ máy tính xách tay của người này bị từ chối.</translation>
    </message>
    <message>
        <source>Usage: export-package --cell CELL --out FILE</source>
        <translation>Cách dùng: export-package --cell CELL --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote cell package %1 of %2 to %3: %n member(s)</source>
        <translation>
            <numerusform>Đã ghi gói %1 gửi cho chi bộ %2 vào %3: %n đảng viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n đợt ra nước ngoài</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>It is a first package: the secretary opens it with their enrolment code.</source>
        <translation>Đây là gói đầu tiên: bí thư mở gói bằng mã ghi danh của mình.</translation>
    </message>
    <message>
        <source>Encrypted to the laptop with fingerprint %1.</source>
        <translation>Đã mã hóa cho máy tính xách tay có dấu vân tay khóa %1.</translation>
    </message>
    <message>
        <source>The decisions file cannot be read: %1.</source>
        <translation>Không đọc được tệp quyết định xử lý xung đột: %1.</translation>
    </message>
    <message>
        <source>The decisions file must hold a JSON list.</source>
        <translation>Tệp quyết định xử lý xung đột phải chứa một danh sách JSON.</translation>
    </message>
    <message>
        <source>Decision %1 names no open conflict.</source>
        <translation>Quyết định %1 không ứng với xung đột nào đang mở.</translation>
    </message>
    <message>
        <source>Return package %1 from cell %2 (%3).</source>
        <translation>Gói gửi về %1 từ chi bộ %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by the laptop with fingerprint %1.</source>
        <translation>Được ký bởi máy tính xách tay có dấu vân tay khóa %1.</translation>
    </message>
    <message>
        <source>This is the laptop&apos;s first package: compare the fingerprint with the secretary by phone before applying it.</source>
        <translation>Đây là gói đầu tiên từ máy tính xách tay: hãy đối chiếu dấu vân tay khóa với bí thư qua điện thoại trước khi áp dụng.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 never arrived; their changes are carried by this one.</source>
        <translation>Chưa nhận được các gói từ %1 đến %2; các thay đổi trong đó có trong gói này.</translation>
    </message>
    <message>
        <source>No new changes.</source>
        <translation>Không có thay đổi mới.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>BỊ TỪ CHỐI</translation>
    </message>
    <message>
        <source>home already has it</source>
        <translation>trong nước đã có</translation>
    </message>
    <message>
        <source>not the secretary&apos;s to change</source>
        <translation>bí thư không có quyền sửa</translation>
    </message>
    <message>
        <source>CONFLICT: home has %1</source>
        <translation>XUNG ĐỘT: trong nước đang ghi %1</translation>
    </message>
    <message>
        <source>(changed by %1 on %2)</source>
        <translation>(do %1 sửa ngày %2)</translation>
    </message>
    <message>
        <source>--prefer takes home or cell.</source>
        <translation>--prefer nhận home hoặc cell.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need a decision; nothing was applied. Decide with --prefer home|cell or --decisions FILE, or in the application&apos;s import dialog.</source>
        <translation>
            <numerusform>Có %n xung đột cần quyết định; chưa áp dụng gì. Hãy quyết định bằng --prefer home|cell hoặc --decisions FILE, hoặc trong hộp thoại nhập gói của ứng dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 record(s) would be created and %2 changed; nothing was written.</source>
        <translation>Chạy thử: sẽ tạo %1 bản ghi và sửa %2 bản ghi; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Applied: %1 record(s) created, %2 changed, %3 conflict(s) decided.</source>
        <translation>Đã áp dụng: tạo %1 bản ghi, sửa %2 bản ghi, quyết định %3 xung đột.</translation>
    </message>
    <message>
        <source>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</source>
        <translation>Máy tính xách tay có dấu vân tay khóa %1 nay là máy của bí thư đã ghi danh của chi bộ này.</translation>
    </message>
    <message>
        <source>A laptop installs home&apos;s package whole; --dry-run is for imports at home.</source>
        <translation>Máy tính xách tay áp dụng toàn bộ gói từ trong nước; --dry-run chỉ dùng khi nhập gói ở trong nước.</translation>
    </message>
    <message>
        <source>Installed home&apos;s package %1: %2 record(s), %3 updated here, %4 no longer in the cell removed.</source>
        <translation>Đã áp dụng gói %1 từ trong nước: %2 bản ghi, %3 bản ghi được cập nhật tại đây, %4 bản ghi không còn thuộc chi bộ đã bị xóa.</translation>
    </message>
    <message numerus="yes">
        <source>Home has applied your changes up to number %1; %n change(s) still wait for home.</source>
        <translation>
            <numerusform>Trong nước đã áp dụng các thay đổi của bạn đến số %1; còn %n thay đổi đang chờ trong nước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]</source>
        <translation>Cách dùng: import-package FILE [--dry-run] [--prefer home|cell] [--decisions FILE] [--json]</translation>
    </message>
    <message>
        <source>Enrolment code from home: </source>
        <translation>Mã ghi danh do trong nước cấp: </translation>
    </message>
    <message numerus="yes">
        <source>Created the field database %1 for cell %2 (%3) with %n member(s).</source>
        <translation>
            <numerusform>Đã tạo cơ sở dữ liệu ở nước ngoài %1 cho chi bộ %2 (%3) với %n đảng viên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint:</source>
        <translation>Dấu vân tay khóa của cơ sở dữ liệu trong nước:</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint:</source>
        <translation>Dấu vân tay khóa của máy tính xách tay này:</translation>
    </message>
    <message>
        <source>Compare both with home by phone before you send anything back.</source>
        <translation>Hãy đối chiếu cả hai với trong nước qua điện thoại trước khi gửi bất cứ gì về.</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once; keep it apart from the laptop):</source>
        <translation>Khóa khôi phục (chỉ hiển thị một lần này; hãy cất giữ tách biệt với máy tính xách tay):</translation>
    </message>
    <message>
        <source>Usage: field export --out FILE</source>
        <translation>Cách dùng: field export --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote return package %1 to %2 with %n change(s) home has not acknowledged yet.</source>
        <translation>
            <numerusform>Đã ghi gói gửi về %1 vào %2 với %n thay đổi mà trong nước chưa xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1. Home&apos;s package %2 is installed; you sent %3 package(s), home applied up to your package %4 (change %5).</source>
        <translation>Chi bộ %1. Đã áp dụng gói %2 từ trong nước; bạn đã gửi %3 gói, trong nước đã áp dụng đến gói %4 của bạn (thay đổi %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for home.</source>
        <translation>
            <numerusform>Còn %n thay đổi đang chờ trong nước.</numerusform>
        </translation>
    </message>
    <message>
        <source>(sent in package %1)</source>
        <translation>(đã gửi trong gói %1)</translation>
    </message>
    <message>
        <source>Show this database&apos;s exchange fingerprint and the parties it knows.</source>
        <translation>Hiển thị dấu vân tay khóa trao đổi của cơ sở dữ liệu này và các bên trao đổi mà nó biết.</translation>
    </message>
    <message>
        <source>Fingerprints are six groups of four characters; read them aloud to the other side by phone. A home database shows each cell&apos;s secretary; a laptop shows its home.</source>
        <translation>Dấu vân tay khóa gồm sáu nhóm, mỗi nhóm bốn ký tự; hãy đọc cho phía bên kia qua điện thoại. Cơ sở dữ liệu trong nước hiển thị bí thư của từng chi bộ; máy tính xách tay hiển thị cơ sở dữ liệu trong nước của nó.</translation>
    </message>
    <message>
        <source>Register a cell secretary&apos;s laptop-to-be and print its one-time enrolment code.</source>
        <translation>Ghi danh máy tính xách tay sẽ cấp cho bí thư chi bộ và in mã ghi danh dùng một lần.</translation>
    </message>
    <message>
        <source>--cell     the overseas cell&apos;s code
--name     the secretary&apos;s name, for lists
--replace  remove the current secretary first; their laptop&apos;s packages are refused from then on.
Administrators only.</source>
        <translation>--cell     mã của chi bộ ở nước ngoài
--name     họ tên bí thư, để hiển thị trong danh sách
--replace  gỡ bỏ bí thư hiện tại trước; từ đó các gói từ máy tính xách tay của người này bị từ chối.
Chỉ quản trị viên.</translation>
    </message>
    <message>
        <source>Remove a cell&apos;s secretary (a lost laptop, a replaced secretary).</source>
        <translation>Gỡ bỏ bí thư của chi bộ (mất máy tính xách tay, thay bí thư).</translation>
    </message>
    <message>
        <source>Packages signed by that laptop are refused from then on. Administrators only.</source>
        <translation>Từ đó các gói do máy tính xách tay đó ký bị từ chối. Chỉ quản trị viên.</translation>
    </message>
    <message>
        <source>Write a signed, encrypted cell package for the cell&apos;s secretary.</source>
        <translation>Ghi gói gửi cho chi bộ, có chữ ký số và được mã hóa, cho bí thư chi bộ.</translation>
    </message>
    <message>
        <source>Holds the cell&apos;s members, their postings in the cell, reports and transfer letters, and acknowledges the return packages home applied. Before the laptop&apos;s keys are known the package opens with the enrolment code.</source>
        <translation>Gói chứa đảng viên của chi bộ, các đợt ra nước ngoài của họ thuộc chi bộ, báo cáo và giấy giới thiệu sinh hoạt đảng, đồng thời xác nhận các gói gửi về mà trong nước đã áp dụng. Khi chưa biết khóa của máy tính xách tay, gói được mở bằng mã ghi danh.</translation>
    </message>
    <message>
        <source>Import a package: at home a secretary&apos;s return package; on a laptop home&apos;s package.</source>
        <translation>Nhập gói: ở trong nước là gói gửi về của bí thư; trên máy tính xách tay là gói từ trong nước.</translation>
    </message>
    <message>
        <source>At home the changes are listed first. A field that home changed too is a conflict: decide all with --prefer home|cell, or each with --decisions FILE (a JSON list of {&quot;item&quot;, &quot;field&quot;, &quot;resolution&quot;: keep_home|take_cell|edit, &quot;value&quot;}). Nothing is applied while a conflict is open (exit code 2). --dry-run applies and rolls back. A package applied before changes nothing; an older one than the last applied is refused.</source>
        <translation>Ở trong nước, các thay đổi được liệt kê trước. Trường mà trong nước cũng đã sửa là xung đột: quyết định tất cả bằng --prefer home|cell, hoặc từng trường bằng --decisions FILE (danh sách JSON gồm {&quot;item&quot;, &quot;field&quot;, &quot;resolution&quot;: keep_home|take_cell|edit, &quot;value&quot;}). Khi còn xung đột chưa quyết định thì không áp dụng gì (mã thoát 2). --dry-run áp dụng rồi hoàn tác. Gói đã áp dụng trước đó không làm thay đổi gì; gói cũ hơn gói áp dụng gần nhất bị từ chối.</translation>
    </message>
    <message>
        <source>Create a laptop&apos;s field database from home&apos;s first cell package.</source>
        <translation>Tạo cơ sở dữ liệu ở nước ngoài trên máy tính xách tay từ gói đầu tiên do trong nước gửi cho chi bộ.</translation>
    </message>
    <message>
        <source>The enrolment code comes from OREC_ENROLMENT_CODE, else is asked; the new passphrase from OREC_NEW_PASSPHRASE, else is asked twice. The user is --user (default &apos;secretary&apos;). Prints both fingerprints and the recovery key.</source>
        <translation>Mã ghi danh lấy từ OREC_ENROLMENT_CODE, nếu không có thì hỏi; mật khẩu mới lấy từ OREC_NEW_PASSPHRASE, nếu không có thì hỏi hai lần. Người dùng là --user (mặc định &apos;secretary&apos;). In cả hai dấu vân tay khóa và khóa khôi phục.</translation>
    </message>
    <message>
        <source>Write a return package with every change home has not acknowledged yet.</source>
        <translation>Ghi gói gửi về với mọi thay đổi mà trong nước chưa xác nhận.</translation>
    </message>
    <message>
        <source>Signed by this laptop and encrypted to home.</source>
        <translation>Được ký bởi máy tính xách tay này và mã hóa cho trong nước.</translation>
    </message>
    <message>
        <source>Show which of this laptop&apos;s changes have reached home.</source>
        <translation>Hiển thị những thay đổi của máy tính xách tay này đã đến được trong nước.</translation>
    </message>
    <message>
        <source>Lists the changes home has not acknowledged yet and what home&apos;s last package said.</source>
        <translation>Liệt kê các thay đổi mà trong nước chưa xác nhận và nội dung gói gần nhất từ trong nước.</translation>
    </message>
    <message>
        <source>Possible now: %1</source>
        <translation>Có thể thực hiện: %1</translation>
    </message>
    <message>
        <source>Usage: posting create MEMBER --purpose P --country CC --from DATE --to DATE</source>
        <translation>Cách dùng: posting create MEMBER --purpose P --country CC --from DATE --to DATE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code or name.</source>
        <translation>&quot;%1&quot; không phải mã hoặc tên nước.</translation>
    </message>
    <message>
        <source>Arrangement from the rules: %1</source>
        <translation>Hình thức sinh hoạt đảng theo quy tắc: %1</translation>
    </message>
    <message>
        <source>--arrangement is auto, giu_nguyen, to_dang_tam_thoi, tam_thoi or chinh_thuc.</source>
        <translation>--arrangement nhận auto, giu_nguyen, to_dang_tam_thoi, tam_thoi hoặc chinh_thuc.</translation>
    </message>
    <message>
        <source>Planned posting %1 for %2.</source>
        <translation>Đã lập kế hoạch đợt ra nước ngoài %1 cho %2.</translation>
    </message>
    <message>
        <source>Usage: posting show ID</source>
        <translation>Cách dùng: posting show ID</translation>
    </message>
    <message>
        <source>Usage: posting list MEMBER</source>
        <translation>Cách dùng: posting list MEMBER</translation>
    </message>
    <message numerus="yes">
        <source>%n posting(s).</source>
        <translation>
            <numerusform>%n đợt ra nước ngoài.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the posting id.</source>
        <translation>Hãy nêu mã đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>Give the overseas cell with --cell CODE.</source>
        <translation>Hãy nêu chi bộ ở nước ngoài bằng --cell CODE.</translation>
    </message>
    <message>
        <source>Posting %1: %2 → %3.</source>
        <translation>Đợt ra nước ngoài %1: %2 → %3.</translation>
    </message>
    <message>
        <source>Usage: posting probation ID admitted|extended|refused --ref TEXT</source>
        <translation>Cách dùng: posting probation ID admitted|extended|refused --ref TEXT</translation>
    </message>
    <message>
        <source>The decision is admitted, extended or refused.</source>
        <translation>Quyết định phải là admitted, extended hoặc refused.</translation>
    </message>
    <message>
        <source>Usage: report file POSTING KIND --date DATE</source>
        <translation>Cách dùng: report file POSTING KIND --date DATE</translation>
    </message>
    <message>
        <source>The kind is private_trip_application, relatives_commitment, pre_departure, return, self_review or cell_remarks.</source>
        <translation>Loại phải là private_trip_application, relatives_commitment, pre_departure, return, self_review hoặc cell_remarks.</translation>
    </message>
    <message>
        <source>--content must be a JSON object: %1</source>
        <translation>--content phải là một đối tượng JSON: %1</translation>
    </message>
    <message>
        <source>%1 of posting %2 received on %3 (due %4).</source>
        <translation>Đã nhận %1 của đợt ra nước ngoài %2 ngày %3 (hạn %4).</translation>
    </message>
    <message>
        <source>Usage: report list POSTING</source>
        <translation>Cách dùng: report list POSTING</translation>
    </message>
    <message>
        <source>%1 of %2 shown.</source>
        <translation>Đang hiển thị %1 trên %2.</translation>
    </message>
    <message>
        <source>Usage: report add MEMBER KIND --event-date DATE [--date RECEIVED]</source>
        <translation>Cách dùng: report add MEMBER KIND --event-date DATE [--date RECEIVED]</translation>
    </message>
    <message>
        <source>The kind is annual_rating, foreign_award, foreign_organisation_membership, marriage_to_foreigner or nationality_or_residence_change.</source>
        <translation>Loại phải là annual_rating, foreign_award, foreign_organisation_membership, marriage_to_foreigner hoặc nationality_or_residence_change.</translation>
    </message>
    <message>
        <source>%1 recorded for %2 (due %3).</source>
        <translation>Đã ghi nhận %1 cho %2 (hạn %3).</translation>
    </message>
    <message>
        <source>Usage: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]</source>
        <translation>Cách dùng: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]</translation>
    </message>
    <message>
        <source>Transfer letter %1 of %2 issued for %3%4.</source>
        <translation>Đã cấp giấy giới thiệu sinh hoạt đảng %1 của %2 cho %3%4.</translation>
    </message>
    <message>
        <source>Usage: transfer register COMMITTEE [--year YYYY]</source>
        <translation>Cách dùng: transfer register COMMITTEE [--year YYYY]</translation>
    </message>
    <message>
        <source>There is no version %1 of the rules.</source>
        <translation>Không có phiên bản %1 của bảng quy tắc.</translation>
    </message>
    <message>
        <source>Rules version %1, in force from %2 (%3 version(s) stored).</source>
        <translation>Bảng quy tắc phiên bản %1, có hiệu lực từ %2 (đã lưu %3 phiên bản).</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Usage: rules holiday DATE NAME</source>
        <translation>Cách dùng: rules holiday DATE NAME</translation>
    </message>
    <message>
        <source>Give the date of the holiday.</source>
        <translation>Hãy nêu ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>%1 is a holiday for deadlines in working days.</source>
        <translation>%1 là ngày nghỉ lễ khi tính hạn theo ngày làm việc.</translation>
    </message>
    <message>
        <source>Plan a trip or stay abroad.</source>
        <translation>Lập kế hoạch một chuyến đi hoặc đợt ở nước ngoài.</translation>
    </message>
    <message>
        <source>Same as &apos;posting create&apos;.</source>
        <translation>Giống &apos;posting create&apos;.</translation>
    </message>
    <message>
        <source>Show a posting, its documents and the steps possible now.</source>
        <translation>Hiển thị đợt ra nước ngoài, các văn bản và các bước có thể thực hiện lúc này.</translation>
    </message>
    <message>
        <source>ID is the row id or uuid.</source>
        <translation>ID là mã dòng hoặc uuid.</translation>
    </message>
    <message>
        <source>List a member&apos;s postings, latest first.</source>
        <translation>Liệt kê các đợt ra nước ngoài của một đảng viên, mới nhất trước.</translation>
    </message>
    <message>
        <source>MEMBER is a row id, card number or citizen ID.</source>
        <translation>MEMBER là mã dòng, số thẻ đảng viên hoặc số CCCD.</translation>
    </message>
    <message>
        <source>--date DATE   when it happened (default today)</source>
        <translation>--date DATE   ngày diễn ra (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>Approve a planned posting (refused while an earlier return report is overdue, or under disciplinary review).</source>
        <translation>Phê duyệt đợt ra nước ngoài dự kiến (bị từ chối khi còn quá hạn báo cáo kết quả chuyến đi trước, hoặc đảng viên đang bị xem xét kỷ luật).</translation>
    </message>
    <message>
        <source>Record the departure; --without-approval flags one that was never approved.</source>
        <translation>Ghi nhận đi nước ngoài; --without-approval đánh dấu trường hợp chưa từng được phê duyệt.</translation>
    </message>
    <message>
        <source>Record that the member joined an overseas cell.</source>
        <translation>Ghi nhận đảng viên vào sinh hoạt tại chi bộ ở nước ngoài.</translation>
    </message>
    <message>
        <source>Same as &apos;posting join&apos;.</source>
        <translation>Giống &apos;posting join&apos;.</translation>
    </message>
    <message>
        <source>Extend the stay by a decision.</source>
        <translation>Gia hạn thời gian ở nước ngoài theo quyết định.</translation>
    </message>
    <message>
        <source>Record the return home; the return report falls due.</source>
        <translation>Ghi nhận về nước; báo cáo kết quả chuyến đi bắt đầu tính hạn.</translation>
    </message>
    <message>
        <source>Close a returned posting whose reports are in.</source>
        <translation>Kết thúc đợt ra nước ngoài đã về nước và đã nộp đủ báo cáo.</translation>
    </message>
    <message>
        <source>Cancel a planned or approved posting.</source>
        <translation>Hủy đợt ra nước ngoài dự kiến hoặc đã phê duyệt.</translation>
    </message>
    <message>
        <source>Mark a member abroad as lost contact.</source>
        <translation>Đánh dấu đảng viên ở nước ngoài bị mất liên lạc.</translation>
    </message>
    <message>
        <source>Contact restored with a member abroad.</source>
        <translation>Đã liên lạc lại được với đảng viên ở nước ngoài.</translation>
    </message>
    <message>
        <source>Record that the member stayed abroad and did not return.</source>
        <translation>Ghi nhận đảng viên ở lại không về.</translation>
    </message>
    <message>
        <source>A step the posting&apos;s status or the rules do not allow is refused with the reason (exit code 2).</source>
        <translation>Bước không được trạng thái của đợt ra nước ngoài hoặc bảng quy tắc cho phép sẽ bị từ chối kèm lý do (mã thoát 2).</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on a probationary member&apos;s full membership.</source>
        <translation>Ghi quyết định của cấp ủy về việc công nhận đảng viên dự bị thành đảng viên chính thức.</translation>
    </message>
    <message>
        <source>admitted also records the member&apos;s full-membership date (the end of probation).</source>
        <translation>admitted đồng thời ghi ngày chính thức của đảng viên (ngày hết thời hạn dự bị).</translation>
    </message>
    <message>
        <source>KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.
--date DATE  the day it was received (default today)
--confirmed  a self-review confirmed by the cell or mission
--cell-opinion, --committee-opinion, --decision TEXT
--content JSON  content fields, e.g. &apos;{&quot;results&quot;: &quot;...&quot;}&apos;</source>
        <translation>KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.
--date DATE  ngày nhận (mặc định: hôm nay)
--confirmed  bản tự kiểm điểm đã được chi bộ hoặc cơ quan đại diện xác nhận
--cell-opinion, --committee-opinion, --decision TEXT
--content JSON  các trường nội dung, ví dụ &apos;{&quot;results&quot;: &quot;...&quot;}&apos;</translation>
    </message>
    <message>
        <source>Record that a report or document of a posting was received.</source>
        <translation>Ghi nhận đã nhận báo cáo hoặc văn bản của một đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>Same as &apos;report file&apos;.</source>
        <translation>Giống &apos;report file&apos;.</translation>
    </message>
    <message>
        <source>A posting&apos;s reports with their due dates.</source>
        <translation>Các báo cáo của một đợt ra nước ngoài kèm hạn nộp.</translation>
    </message>
    <message>
        <source>POSTING is the row id or uuid.</source>
        <translation>POSTING là mã dòng hoặc uuid.</translation>
    </message>
    <message>
        <source>Reports not received that are overdue or due within N days (default 30), with days late.</source>
        <translation>Các báo cáo chưa nhận đã quá hạn hoặc sẽ đến hạn trong N ngày (mặc định 30), kèm số ngày chậm.</translation>
    </message>
    <message>
        <source>--overdue    only those past due
--offset N --limit N   paging (default 0 and 200)
The most overdue first. Reports of cancelled postings are never due.</source>
        <translation>--overdue    chỉ các báo cáo đã quá hạn
--offset N --limit N   phân trang (mặc định 0 và 200)
Quá hạn lâu nhất đứng trước. Báo cáo của đợt ra nước ngoài đã hủy không bao giờ đến hạn.</translation>
    </message>
    <message>
        <source>Record an annual rating or an event a member abroad reports (award, foreign membership, marriage to a foreigner, change of nationality or residence).</source>
        <translation>Ghi kết quả đánh giá hằng năm hoặc sự việc đảng viên ở nước ngoài báo cáo (được tặng thưởng, tham gia tổ chức nước ngoài, kết hôn với người nước ngoài, thay đổi quốc tịch hoặc nơi cư trú).</translation>
    </message>
    <message>
        <source>The due date follows from the event date and the rules.</source>
        <translation>Hạn nộp được tính từ ngày phát sinh sự việc theo bảng quy tắc.</translation>
    </message>
    <message>
        <source>Issue a transfer letter, numbered in the committee&apos;s transfer register.</source>
        <translation>Cấp giấy giới thiệu sinh hoạt đảng, đánh số theo sổ giới thiệu sinh hoạt đảng của cấp ủy.</translation>
    </message>
    <message>
        <source>--to UNIT or --to-name TEXT   the receiving unit
--dues-paid-to DATE   party dues paid up to (month)
--notes TEXT
With --posting the letter is linked as the posting&apos;s letter out or back.</source>
        <translation>--to UNIT hoặc --to-name TEXT   tổ chức đảng nơi đến
--dues-paid-to DATE   đã đóng đảng phí đến hết tháng
--notes TEXT
Với --posting, giấy được gắn với đợt ra nước ngoài làm giấy chuyển đi hoặc chuyển về.</translation>
    </message>
    <message>
        <source>The committee&apos;s transfer register (10-SHĐ): every letter it issued, by number.</source>
        <translation>Sổ giới thiệu sinh hoạt đảng (10-SHĐ) của cấp ủy: mọi giấy đã cấp, theo số.</translation>
    </message>
    <message>
        <source>Numbers restart at 1 each year.</source>
        <translation>Số được đánh lại từ 1 mỗi năm.</translation>
    </message>
    <message>
        <source>Change one rule as a new version of the table (administrators only).</source>
        <translation>Sửa một quy tắc thành phiên bản mới của bảng (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>Add a holiday for deadlines in working days (Tết and bridge days are decided each year).</source>
        <translation>Thêm ngày nghỉ lễ để tính hạn theo ngày làm việc (nghỉ Tết và ngày nghỉ bù được quyết định hằng năm).</translation>
    </message>
    <message>
        <source>1 January, 30 April, 1 May and 2 September are known already.</source>
        <translation>Các ngày 1/1, 30/4, 1/5 và 2/9 đã có sẵn.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed cần một số nguyên.</translation>
    </message>
    <message>
        <source>--members needs a number of members, at least 1.</source>
        <translation>--members cần số đảng viên, ít nhất là 1.</translation>
    </message>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Không tạo được thư mục.</translation>
    </message>
    <message>
        <source>Recovery key (shown once; it is demo data, but keep the habit):</source>
        <translation>Khóa khôi phục (chỉ hiển thị một lần; tuy là dữ liệu mẫu nhưng hãy giữ thói quen cất giữ):</translation>
    </message>
    <message>
        <source>%1 committees, %2 home cells, %3 overseas cells</source>
        <translation>%1 đảng bộ, %2 chi bộ trong nước, %3 chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>%1 members (%2 probationary)</source>
        <translation>%1 đảng viên (%2 đảng viên dự bị)</translation>
    </message>
    <message>
        <source>%1 postings:</source>
        <translation>%1 đợt ra nước ngoài:</translation>
    </message>
    <message>
        <source>%1 reports (%2 overdue), %3 transfer letters</source>
        <translation>%1 báo cáo (%2 quá hạn), %3 giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>%1 overdue to return, %2 departures without approval</source>
        <translation>%1 quá hạn chưa về, %2 lượt đi khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Every name is generated; none belongs to a real person.</source>
        <translation>Mọi họ tên đều được tạo ngẫu nhiên; không tên nào là của người thật.</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid (or --dry-run).</source>
        <translation>--rejects dùng kèm --skip-invalid (hoặc --dry-run).</translation>
    </message>
    <message>
        <source>Import members, cells or postings.</source>
        <translation>Nhập đảng viên, chi bộ hoặc đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>Wrote %1 row(s) to %2. The file is not encrypted: keep it safe and delete it when done.</source>
        <translation>Đã ghi %1 dòng vào %2. Tệp không được mã hóa: hãy bảo quản cẩn thận và xóa khi dùng xong.</translation>
    </message>
    <message>
        <source>Export members, cells or postings.</source>
        <translation>Xuất đảng viên, chi bộ hoặc đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>--disciplinary-review is yes or no.</source>
        <translation>--disciplinary-review nhận yes hoặc no.</translation>
    </message>
    <message>
        <source>Give the member&apos;s full name with --name.</source>
        <translation>Hãy nêu họ và tên đảng viên bằng --name.</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>Đã thêm %1 (mã %2).</translation>
    </message>
    <message>
        <source>Usage: member edit ID [options]</source>
        <translation>Cách dùng: member edit ID [options]</translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation>Đã lưu %1 (phiên bản %2).</translation>
    </message>
    <message>
        <source>Usage: member show ID|CARD|CITIZEN-ID</source>
        <translation>Cách dùng: member show ID|CARD|CITIZEN-ID</translation>
    </message>
    <message>
        <source>--presence is at_home, abroad, overdue, lost_contact or did_not_return.</source>
        <translation>--presence nhận at_home, abroad, overdue, lost_contact hoặc did_not_return.</translation>
    </message>
    <message>
        <source>--sort is name, card, born, admitted, country, return or relevance.</source>
        <translation>--sort nhận name, card, born, admitted, country, return hoặc relevance.</translation>
    </message>
    <message>
        <source>Usage: search TEXT (a name without diacritics, a party card number or a citizen ID)</source>
        <translation>Cách dùng: search TEXT (họ tên, có thể gõ không dấu, số thẻ đảng viên hoặc số CCCD)</translation>
    </message>
    <message>
        <source>No member matches &quot;%1&quot;.</source>
        <translation>Không có đảng viên nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind is committee, cell or group.</source>
        <translation>--kind nhận committee, cell hoặc group.</translation>
    </message>
    <message>
        <source>Give the unit&apos;s --code and --name.</source>
        <translation>Hãy nêu --code và --name của tổ chức đảng.</translation>
    </message>
    <message>
        <source>Added %1 %2 (id %3).</source>
        <translation>Đã thêm %1 %2 (mã %3).</translation>
    </message>
    <message>
        <source>Usage: unit edit CODE [options]</source>
        <translation>Cách dùng: unit edit CODE [options]</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s).</source>
        <translation>
            <numerusform>%n tổ chức đảng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: unit show CODE</source>
        <translation>Cách dùng: unit show CODE</translation>
    </message>
    <message>
        <source>Under: %1 %2</source>
        <translation>Trực thuộc: %1 %2</translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation>Bí thư: %1</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Phó bí thư: %1</translation>
    </message>
    <message>
        <source>Members in the cell now:</source>
        <translation>Đảng viên hiện sinh hoạt tại chi bộ:</translation>
    </message>
    <message>
        <source>--year needs a year.</source>
        <translation>--year cần một năm.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE --to DATE (or --year YYYY).</source>
        <translation>Hãy nêu khoảng thời gian bằng --from DATE --to DATE (hoặc --year YYYY).</translation>
    </message>
    <message numerus="yes">
        <source>%n probationary member(s) whose probation ends within the period or has ended.</source>
        <translation>
            <numerusform>%n đảng viên dự bị hết thời hạn dự bị trong kỳ hoặc đã hết thời hạn dự bị.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s) without approval, for the committee.</source>
        <translation>
            <numerusform>%n lượt đi khi chưa được phê duyệt, để báo cáo cấp ủy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Đảng viên: %1</translation>
    </message>
    <message>
        <source>Abroad now: %1 (overdue to return: %2, lost contact: %3)</source>
        <translation>Đang ở nước ngoài: %1 (quá hạn chưa về: %2, mất liên lạc: %3)</translation>
    </message>
    <message>
        <source>Reports overdue: %1; due within 14 days: %2</source>
        <translation>Báo cáo quá hạn: %1; đến hạn trong 14 ngày tới: %2</translation>
    </message>
    <message>
        <source>Probation ending within 30 days or ended: %1</source>
        <translation>Hết thời hạn dự bị trong 30 ngày tới hoặc đã hết: %1</translation>
    </message>
    <message>
        <source>Departures without approval: %1</source>
        <translation>Đi khi chưa được phê duyệt: %1</translation>
    </message>
    <message>
        <source>Fill a database with a realistic synthetic department (made when FILE does not exist).</source>
        <translation>Nạp vào cơ sở dữ liệu dữ liệu mẫu sát thực tế của một ban tổ chức (tạo mới khi FILE chưa tồn tại).</translation>
    </message>
    <message>
        <source>Creates FILE when it does not exist, with --user (default admin) as administrator and the passphrase from OREC_PASSPHRASE, then generates units, the six kinds of overseas cell in plausible countries, members with Vietnamese names in their real frequencies, postings in every status (overdue returns and reports, lost contact, departures without approval), reports and transfer letters. The same --seed and --as-of give the same department.
--members N   members (default 2000)
--postings N  postings (default 5 per member)
--cells N     overseas cells (default one per 50 members)
--seed S      (default 1)
--as-of DATE  the department&apos;s today (default today)
The register must be empty.</source>
        <translation>Tạo FILE nếu chưa tồn tại, với --user (mặc định admin) là quản trị viên và mật khẩu lấy từ OREC_PASSPHRASE, sau đó tạo các tổ chức đảng, sáu loại chi bộ ở nước ngoài tại các nước phù hợp, đảng viên mang họ tên Việt Nam theo tần suất thực tế, các đợt ra nước ngoài ở mọi trạng thái (quá hạn về nước và quá hạn báo cáo, mất liên lạc, đi khi chưa được phê duyệt), báo cáo và giấy giới thiệu sinh hoạt đảng. Cùng --seed và --as-of sẽ cho cùng một bộ dữ liệu.
--members N   số đảng viên (mặc định 2000)
--postings N  số đợt ra nước ngoài (mặc định 5 đợt mỗi đảng viên)
--cells N     số chi bộ ở nước ngoài (mặc định một chi bộ cho 50 đảng viên)
--seed S      (mặc định 1)
--as-of DATE  ngày hiện tại của dữ liệu mẫu (mặc định: hôm nay)
Cơ sở dữ liệu phải trống.</translation>
    </message>
    <message>
        <source>Find members by name (diacritics optional), party card number or citizen ID.</source>
        <translation>Tìm đảng viên theo họ tên (có thể gõ không dấu), số thẻ đảng viên hoặc số CCCD.</translation>
    </message>
    <message>
        <source>Exact matches first, then those starting with the text, then names containing every typed word at the start of one of their words. --limit N (default 20).</source>
        <translation>Kết quả khớp hoàn toàn đứng trước, tiếp đến các kết quả bắt đầu bằng nội dung tìm, sau đó là họ tên có mọi từ đã gõ ở đầu một trong các từ của họ tên. --limit N (mặc định 20).</translation>
    </message>
    <message>
        <source>Add a member.</source>
        <translation>Thêm đảng viên.</translation>
    </message>
    <message>
        <source>Change a member&apos;s record; only the options given change.</source>
        <translation>Sửa hồ sơ đảng viên; chỉ các tùy chọn được nêu mới thay đổi.</translation>
    </message>
    <message>
        <source>Show a member&apos;s whole history: postings, reports, transfer letters.</source>
        <translation>Hiển thị toàn bộ quá trình của đảng viên: các đợt ra nước ngoài, báo cáo, giấy giới thiệu sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>The member is found by row id, uuid, party card number or citizen ID.</source>
        <translation>Đảng viên được tìm theo mã dòng, uuid, số thẻ đảng viên hoặc số CCCD.</translation>
    </message>
    <message>
        <source>List members, filtered and sorted, a page at a time.</source>
        <translation>Liệt kê đảng viên theo bộ lọc và thứ tự sắp xếp, từng trang một.</translation>
    </message>
    <message>
        <source>Same as &apos;search&apos;.</source>
        <translation>Giống &apos;search&apos;.</translation>
    </message>
    <message>
        <source>See &apos;orec search --help&apos;.</source>
        <translation>Xem &apos;orec search --help&apos;.</translation>
    </message>
    <message>
        <source>Same as &apos;import members FILE&apos;.</source>
        <translation>Giống &apos;import members FILE&apos;.</translation>
    </message>
    <message>
        <source>Same as &apos;export members&apos;.</source>
        <translation>Giống &apos;export members&apos;.</translation>
    </message>
    <message>
        <source>See &apos;orec export --help&apos;.</source>
        <translation>Xem &apos;orec export --help&apos;.</translation>
    </message>
    <message>
        <source>Add a party committee, cell or group, at home or abroad.</source>
        <translation>Thêm đảng bộ, chi bộ hoặc tổ đảng, ở trong nước hoặc ở nước ngoài.</translation>
    </message>
    <message>
        <source>Change a unit.</source>
        <translation>Sửa tổ chức đảng.</translation>
    </message>
    <message>
        <source>List party units.</source>
        <translation>Liệt kê các tổ chức đảng.</translation>
    </message>
    <message>
        <source>Ordered by code.</source>
        <translation>Sắp xếp theo mã.</translation>
    </message>
    <message>
        <source>Show a unit, its secretary and, for an overseas cell, who is in it now.</source>
        <translation>Hiển thị tổ chức đảng, bí thư và, với chi bộ ở nước ngoài, các đảng viên đang sinh hoạt tại đó.</translation>
    </message>
    <message>
        <source>The unit is found by code, name or id.</source>
        <translation>Tổ chức đảng được tìm theo mã, tên hoặc mã dòng.</translation>
    </message>
    <message>
        <source>Who is abroad now (lost contact included).</source>
        <translation>Những người đang ở nước ngoài (kể cả mất liên lạc).</translation>
    </message>
    <message>
        <source>Who is abroad past the planned return, the longest overdue first.</source>
        <translation>Những người ở nước ngoài quá ngày về dự kiến, quá hạn lâu nhất đứng trước.</translation>
    </message>
    <message>
        <source>Counts of postings abroad in a period by country × cell type and by purpose.</source>
        <translation>Số lượt ở nước ngoài trong kỳ theo nước × loại chi bộ và theo mục đích.</translation>
    </message>
    <message>
        <source>A posting counts when it was abroad at some time in the period (left on or before its end, not back before its start).</source>
        <translation>Một đợt ra nước ngoài được tính khi có lúc ở nước ngoài trong kỳ (đi không muộn hơn ngày cuối kỳ, chưa về trước ngày đầu kỳ).</translation>
    </message>
    <message>
        <source>Probationary members whose probation ends within N days (default 30) or has ended.</source>
        <translation>Đảng viên dự bị hết thời hạn dự bị trong N ngày tới (mặc định 30) hoặc đã hết.</translation>
    </message>
    <message>
        <source>--abroad: only those abroad now. The probation length is the rule probation.months.</source>
        <translation>--abroad: chỉ những người đang ở nước ngoài. Thời hạn dự bị theo quy tắc probation.months.</translation>
    </message>
    <message>
        <source>Departures recorded without approval, for the committee.</source>
        <translation>Các lượt đi được ghi nhận khi chưa được phê duyệt, để báo cáo cấp ủy.</translation>
    </message>
    <message>
        <source>Going abroad without reporting or consent is a disciplinary offence (Regulation 69-QĐ/TW art. 34).</source>
        <translation>Ra nước ngoài không báo cáo hoặc không được đồng ý là vi phạm phải xem xét kỷ luật (Quy định 69-QĐ/TW, Điều 34).</translation>
    </message>
    <message>
        <source>Counts for the start of the day: abroad, overdue, reports late, probation.</source>
        <translation>Số liệu tính đến đầu ngày: đang ở nước ngoài, quá hạn về, báo cáo chậm, dự bị.</translation>
    </message>
    <message>
        <source>The figures the main window shows.</source>
        <translation>Các số liệu hiển thị ở cửa sổ chính.</translation>
    </message>
    <message>
        <source>Generated a synthetic department (seed %1) in %2 s (%3 s of processor time):</source>
        <translation>Đã tạo dữ liệu mẫu của một ban tổ chức (seed %1) trong %2 giây (%3 giây thời gian xử lý):</translation>
    </message>
    <message>
        <source>--sheet needs the number of the worksheet, 1 for the first.</source>
        <translation>--sheet cần số thứ tự của trang tính, 1 là trang đầu tiên.</translation>
    </message>
    <message>
        <source>The headers differ from the format; they may read as:</source>
        <translation>Tiêu đề cột khác với định dạng; có thể hiểu là:</translation>
    </message>
    <message>
        <source>Usage: import members|cells|postings FILE.csv|FILE.xlsx</source>
        <translation>Cách dùng: import members|cells|postings FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.csv or FILE.xlsx.</source>
        <translation>Hãy chỉ nơi ghi bằng --out FILE.csv hoặc FILE.xlsx.</translation>
    </message>
    <message>
        <source>Usage: export members|cells|postings --out FILE.csv|FILE.xlsx</source>
        <translation>Cách dùng: export members|cells|postings --out FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Import records from a CSV or Excel file in the interchange format.</source>
        <translation>Nhập bản ghi từ tệp CSV hoặc Excel theo định dạng trao đổi.</translation>
    </message>
    <message>
        <source>Export records to a CSV or Excel file in the interchange format.</source>
        <translation>Xuất bản ghi ra tệp CSV hoặc Excel theo định dạng trao đổi.</translation>
    </message>
    <message>
        <source>Writes UTF-8 with a BOM and Vietnamese headers (.xlsx: Excel with real dates); the file re-imports as the same records. It is not encrypted.</source>
        <translation>Ghi UTF-8 có BOM và tiêu đề cột tiếng Việt (.xlsx: Excel với giá trị ngày thực); nhập lại tệp sẽ được đúng các bản ghi đó. Tệp không được mã hóa.</translation>
    </message>
    <message>
        <source>Usage: member import FILE.csv|FILE.xlsx</source>
        <translation>Cách dùng: member import FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE [--user NAME] %1 COMMAND [ARGS]</source>
        <translation>Cách dùng: orec --db FILE [--user NAME] %1 COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>&apos;orec %1 COMMAND --help&apos; describes one command.</source>
        <translation>&apos;orec %1 COMMAND --help&apos; mô tả một lệnh.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1 %2&apos;.</source>
        <translation>Lệnh không xác định &apos;%1 %2&apos;.</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role admin|clerk|auditor.</source>
        <translation>Cho biết vai trò của người dùng mới bằng --role admin|clerk|auditor.</translation>
    </message>
    <message>
        <source>Usage: backup OUT [--overwrite]</source>
        <translation>Cách dùng: backup OUT [--overwrite]</translation>
    </message>
    <message>
        <source>The file already exists; it was not replaced. Give --overwrite to replace it.</source>
        <translation>Tệp đã tồn tại; tệp đó không bị thay thế. Thêm --overwrite để thay thế.</translation>
    </message>
    <message>
        <source>Usage: restore IN [--overwrite]</source>
        <translation>Cách dùng: restore IN [--overwrite]</translation>
    </message>
    <message>
        <source>The file already exists; it was not replaced. Give --overwrite to replace it (what it replaces is kept beside it).</source>
        <translation>Tệp đã tồn tại; tệp đó không bị thay thế. Thêm --overwrite để thay thế (những gì bị thay thế được giữ lại bên cạnh).</translation>
    </message>
    <message>
        <source>What it replaced was saved as %1.</source>
        <translation>Những gì bị thay thế đã được lưu thành %1.</translation>
    </message>
    <message>
        <source>OUT holds the encrypted database and its key file together, with checksums, so a restore never lacks the key slots. The same passphrases and recovery key open it. An existing OUT is not replaced (exit code 2) unless --overwrite is given.</source>
        <translation>OUT chứa cơ sở dữ liệu đã mã hóa cùng tệp khóa, kèm mã kiểm tra, nên khi khôi phục không bao giờ thiếu ô khóa. Các mật khẩu và khóa khôi phục hiện có đều mở được bản sao lưu này. Nếu OUT đã tồn tại thì không bị thay thế (mã thoát 2), trừ khi có --overwrite.</translation>
    </message>
    <message>
        <source>Restore a backup as the database (--db), after proving you administer it.</source>
        <translation>Khôi phục một bản sao lưu thành cơ sở dữ liệu (--db), sau khi xác minh bạn là quản trị viên của cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>--user must be an administrator in the backup; the passphrase is theirs in the backup. The checksums are verified and the restored copy is integrity-checked before it is put in place. An existing database (or key file) at --db is not replaced (exit code 2) unless --overwrite is given; the database it replaces is then kept beside it.</source>
        <translation>--user phải là quản trị viên trong bản sao lưu; mật khẩu là mật khẩu của người đó trong bản sao lưu. Mã kiểm tra được xác minh và bản khôi phục được kiểm tra toàn vẹn trước khi được đặt vào chỗ. Cơ sở dữ liệu (hoặc tệp khóa) đã có tại --db không bị thay thế (mã thoát 2), trừ khi có --overwrite; khi đó cơ sở dữ liệu bị thay thế được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Usage: posting attendance ID in_cell|individual|exempted</source>
        <translation>Cách dùng: posting attendance ID in_cell|individual|exempted</translation>
    </message>
    <message>
        <source>Posting %1 is %2; its attendance no longer changes.</source>
        <translation>Đợt ra nước ngoài %1 đang ở trạng thái %2; không thể thay đổi cách sinh hoạt nữa.</translation>
    </message>
    <message>
        <source>Posting %1: attendance is already %2.</source>
        <translation>Đợt ra nước ngoài %1: cách sinh hoạt đã là %2.</translation>
    </message>
    <message>
        <source>Posting %1: attendance %2 → %3.</source>
        <translation>Đợt ra nước ngoài %1: cách sinh hoạt %2 → %3.</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Không có văn bản nào.</translation>
    </message>
    <message>
        <source>Usage: rules set KEY VALUE [--unit days|working_days] [--from DATE]</source>
        <translation>Cách dùng: rules set KEY VALUE [--unit days|working_days] [--from DATE]</translation>
    </message>
    <message>
        <source>--unit is days (calendar days) or working_days.</source>
        <translation>--unit là days (ngày theo lịch) hoặc working_days (ngày làm việc).</translation>
    </message>
    <message>
        <source>Rules version %1 in force from %2. Deadlines and documents already set keep the version they were set up with.</source>
        <translation>Bảng quy tắc phiên bản %1 có hiệu lực từ %2. Các hạn nộp và văn bản đã lập giữ nguyên phiên bản đã dùng khi lập.</translation>
    </message>
    <message>
        <source>Change how the member takes part in party life during a posting.</source>
        <translation>Thay đổi cách đảng viên tham gia sinh hoạt đảng trong đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>in_cell: meets with a cell or group; individual: no cell nearby, guided directly by the committee; exempted: excused from party work and meetings by the committee&apos;s decision.
The change is recorded in the audit log with the value before and after. A closed or cancelled posting keeps its attendance.</source>
        <translation>in_cell: sinh hoạt tại một chi bộ hoặc tổ đảng; individual: không có chi bộ ở gần, sinh hoạt đơn lẻ dưới sự chỉ đạo trực tiếp của cấp ủy; exempted: được miễn công tác và sinh hoạt đảng theo quyết định của cấp ủy.
Thay đổi được ghi vào nhật ký kiểm tra kèm giá trị trước và sau. Đợt ra nước ngoài đã kết thúc hoặc đã hủy giữ nguyên cách sinh hoạt.</translation>
    </message>
    <message>
        <source>Show the rules table in force (deadlines, thresholds, documents by purpose) with the source of each rule.</source>
        <translation>Hiển thị bảng quy tắc đang có hiệu lực (thời hạn, ngưỡng, văn bản theo mục đích) kèm nguồn của từng quy tắc.</translation>
    </message>
    <message>
        <source>--transfer needs the id of a transfer letter.</source>
        <translation>--transfer cần mã của giấy giới thiệu sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to: rejected rows are not saved unless --rejects FILE says where.</source>
        <translation>Không ghi được vào thư mục chứa %1: các dòng bị từ chối không được lưu, trừ khi --rejects FILE chỉ nơi ghi.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons were written to %1.</source>
        <translation>Các dòng bị từ chối và lý do đã được ghi vào %1.</translation>
    </message>
    <message>
        <source>Unknown --%1 &quot;%2&quot;; use one of: %3.</source>
        <translation>Giá trị &quot;%2&quot; của --%1 không hợp lệ; dùng một trong: %3.</translation>
    </message>
    <message>
        <source>Arrangement: %1</source>
        <translation>Hình thức sinh hoạt đảng: %1</translation>
    </message>
    <message>
        <source>Attendance: %1 (%2)</source>
        <translation>Sinh hoạt: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 cell(s) imported earlier now have their secretary.</source>
        <translation>%1 chi bộ đã nhập trước đó nay đã có bí thư.</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (hoặc %2)</translation>
    </message>
    <message>
        <source>[signs as home]</source>
        <translation>[ký thay mặt trong nước]</translation>
    </message>
    <message>
        <source>Usage: user grant-exchange NAME</source>
        <translation>Cách dùng: user grant-exchange NAME</translation>
    </message>
    <message>
        <source>%1 may now sign cell packages as home and open return packages.</source>
        <translation>Từ nay %1 có thể ký gói gửi cho chi bộ với tư cách trong nước và mở gói gửi về.</translation>
    </message>
    <message>
        <source>Usage: user revoke-exchange NAME</source>
        <translation>Cách dùng: user revoke-exchange NAME</translation>
    </message>
    <message>
        <source>%1 can no longer sign as home: their copy of the exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, run &apos;orec keys rotate&apos;.</source>
        <translation>%1 không còn ký được với tư cách trong nước: bản sao khóa trao đổi của người này đã bị xóa và các khóa được mã hóa lại cho những người còn lại. Nếu người này có thể đã sao chép khóa của cơ sở dữ liệu trong nước trong thời gian giữ khóa, hãy chạy &apos;orec keys rotate&apos;.</translation>
    </message>
    <message>
        <source>--json prints an array of {name, role, full_name, created_at, has_key_slot, signs_as_home}. Those who sign as home hold home&apos;s exchange keys: they export cell packages and import return packages.</source>
        <translation>--json in ra một mảng {name, role, full_name, created_at, has_key_slot, signs_as_home}. Những người ký thay mặt trong nước giữ khóa trao đổi của cơ sở dữ liệu trong nước: họ xuất gói gửi cho chi bộ và nhập gói gửi về.</translation>
    </message>
    <message>
        <source>Let a clerk sign cell packages as home and open return packages (administrators only).</source>
        <translation>Cho phép một cán bộ nghiệp vụ ký gói gửi cho chi bộ với tư cách trong nước và mở gói gửi về (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>Seals home&apos;s exchange keys to the user&apos;s key, so it needs an administrator who holds them. Administrators hold them by default; an auditor never does.</source>
        <translation>Mã hóa khóa trao đổi của cơ sở dữ liệu trong nước cho khóa của người dùng, vì vậy cần một quản trị viên đang giữ các khóa này. Mặc định quản trị viên giữ các khóa này; kiểm tra viên thì không bao giờ.</translation>
    </message>
    <message>
        <source>Take back the right to sign as home (administrators only).</source>
        <translation>Thu hồi quyền ký thay mặt trong nước (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>Deletes the user&apos;s copy of home&apos;s exchange keys and seals them anew for the others. Home&apos;s keys stay the same: &apos;orec keys rotate&apos; makes new ones if the user may have copied them.</source>
        <translation>Xóa bản sao khóa trao đổi của cơ sở dữ liệu trong nước mà người dùng giữ và mã hóa lại các khóa cho những người còn lại. Khóa của cơ sở dữ liệu trong nước vẫn giữ nguyên: &apos;orec keys rotate&apos; tạo khóa mới nếu người dùng có thể đã sao chép các khóa.</translation>
    </message>
    <message>
        <source>(no keys yet: an administrator who signs as home makes them)</source>
        <translation>(chưa có khóa: quản trị viên ký thay mặt trong nước sẽ tạo khóa)</translation>
    </message>
    <message>
        <source>Home has new exchange keys.</source>
        <translation>Cơ sở dữ liệu trong nước đã có khóa trao đổi mới.</translation>
    </message>
    <message>
        <source>Old fingerprint:</source>
        <translation>Dấu vân tay khóa cũ:</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Dấu vân tay khóa mới:</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) know the old keys: each one&apos;s next cell package is signed with them and announces the new ones; once its return package says it has them, home signs with the new keys only.</source>
        <translation>
            <numerusform>%n máy tính xách tay biết các khóa cũ: gói gửi cho chi bộ tiếp theo của mỗi máy được ký bằng các khóa cũ và thông báo các khóa mới; khi gói gửi về của máy đó cho biết đã nhận các khóa mới, trong nước chỉ ký bằng các khóa mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>The laptop&apos;s audit head (entry %1) is remembered: its next package must not show less.</source>
        <translation>Dòng mốc cuối của nhật ký kiểm tra trên máy tính xách tay (mục %1) đã được ghi nhớ: gói tiếp theo của máy không được thể hiện ít hơn.</translation>
    </message>
    <message>
        <source>Give home new exchange keys and announce them to every laptop (administrators who sign as home).</source>
        <translation>Cấp khóa trao đổi mới cho cơ sở dữ liệu trong nước và thông báo cho mọi máy tính xách tay (quản trị viên ký thay mặt trong nước).</translation>
    </message>
    <message>
        <source>For when someone who held home&apos;s keys may have copied them (a revoked right, a removed user). The new keys are sealed to those who sign as home now. Each laptop&apos;s next cell package is signed with the old keys and carries the new ones; once its return package says it has them, home signs with the new keys only and the old ones are deleted. Until then the old keys still sign for that laptop.</source>
        <translation>Dùng khi người từng giữ khóa của cơ sở dữ liệu trong nước có thể đã sao chép các khóa (quyền đã bị thu hồi, người dùng đã bị xóa). Các khóa mới được mã hóa cho những người hiện đang ký thay mặt trong nước. Gói gửi cho chi bộ tiếp theo của mỗi máy tính xách tay được ký bằng các khóa cũ và mang theo các khóa mới; khi gói gửi về của máy đó cho biết đã nhận các khóa mới, trong nước chỉ ký bằng các khóa mới và các khóa cũ bị xóa. Cho đến lúc đó, các khóa cũ vẫn ký cho máy tính xách tay đó.</translation>
    </message>
    <message>
        <source>A checkpoint reads like 1234-ABCDE-FGHJK-MNPQR-STVWX (the entry number, then four groups of five), as `orec audit checkpoint` prints it.</source>
        <translation>Điểm đối chiếu có dạng 1234-ABCDE-FGHJK-MNPQR-STVWX (số thứ tự mục, sau đó là bốn nhóm năm ký tự), như `orec audit checkpoint` in ra.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Đã kiểm tra trong %1 giây.</translation>
    </message>
    <message>
        <source>Write this code in the committee&apos;s records. `orec check --checkpoint CODE` later fails if the audit log no longer extends it (history cut back, reordered or rewritten).</source>
        <translation>Hãy ghi mã này vào hồ sơ của cấp ủy. Về sau, `orec check --checkpoint CODE` sẽ báo lỗi nếu nhật ký kiểm tra không còn nối tiếp điểm đối chiếu này (lịch sử bị cắt bớt, đảo thứ tự hoặc viết lại).</translation>
    </message>
    <message>
        <source>The register passed its check and was backed up to %1: the encrypted database and its key file, which names no user and whose keys open only with a passphrase, with the signed head of the audit log that a restore verifies.</source>
        <translation>Cơ sở dữ liệu đã vượt qua kiểm tra và đã được sao lưu vào %1: gồm cơ sở dữ liệu đã mã hóa và tệp khóa của nó (tệp khóa không ghi tên người dùng nào, các khóa trong đó chỉ mở được bằng mật khẩu), kèm dòng mốc cuối có chữ ký số của nhật ký kiểm tra để xác minh khi khôi phục.</translation>
    </message>
    <message>
        <source>--limit needs a number of entries, at least 1.</source>
        <translation>--limit cần một số dòng nhật ký, ít nhất là 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n dòng nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file, the signed audit log and that every record is what the log says.</source>
        <translation>Kiểm tra tệp, nhật ký kiểm tra có chữ ký số và đối chiếu từng bản ghi với nhật ký.</translation>
    </message>
    <message>
        <source>Verifies every link of the audit chain and every signature (each change signed by a user whose role allowed it), the key file&apos;s authentication, and that every record of the register is exactly what its last audit entry says: a row changed, added or deleted behind the program&apos;s back is named with its table and id. The quick check (default, for every day) runs SQLite&apos;s quick_check; --full runs its integrity and foreign-key checks too. --checkpoint CODE also fails when the log no longer extends a checkpoint printed by `orec audit checkpoint`. Exit code 5 when anything is wrong.</source>
        <translation>Xác minh mọi mắt xích của chuỗi nhật ký kiểm tra và mọi chữ ký số (mỗi thay đổi phải do người dùng có vai trò cho phép ký), tính xác thực của tệp khóa, và việc mọi bản ghi trong cơ sở dữ liệu đúng như dòng nhật ký kiểm tra cuối cùng của nó: dòng nào bị sửa, thêm hoặc xóa không qua chương trình sẽ được nêu rõ kèm tên bảng và mã dòng. Kiểm tra nhanh (mặc định, dùng hằng ngày) chạy quick_check của SQLite; --full chạy thêm kiểm tra toàn vẹn và kiểm tra khóa ngoại của SQLite. --checkpoint CODE còn báo lỗi khi nhật ký không còn nối tiếp điểm đối chiếu do `orec audit checkpoint` in ra. Mã thoát 5 khi có bất kỳ sai sót nào.</translation>
    </message>
    <message>
        <source>Print a short code of the audit log&apos;s head, for the committee&apos;s paper records.</source>
        <translation>In mã ngắn của dòng mốc cuối nhật ký kiểm tra, để lưu vào hồ sơ giấy của cấp ủy.</translation>
    </message>
    <message>
        <source>Prints the entry number and a 20-character code of the chain&apos;s hash there, e.g. 1234-ABCDE-FGHJK-MNPQR-STVWX. Kept outside the file (on paper, in minutes), it lets `orec check --checkpoint CODE` prove later that nobody cut back, reordered or recomputed the history since. --json adds the full hash and the user&apos;s signature of it.</source>
        <translation>In số thứ tự dòng nhật ký và mã 20 ký tự của giá trị băm của chuỗi tại dòng đó, ví dụ 1234-ABCDE-FGHJK-MNPQR-STVWX. Khi được lưu ngoài tệp (trên giấy, trong biên bản), mã này cho phép `orec check --checkpoint CODE` về sau chứng minh rằng từ đó không ai cắt bớt, đảo thứ tự hoặc tính lại lịch sử. --json bổ sung giá trị băm đầy đủ và chữ ký số của người dùng trên giá trị đó.</translation>
    </message>
    <message>
        <source>Show the audit log, newest first (administrators and auditors only).</source>
        <translation>Hiển thị nhật ký kiểm tra, mới nhất trước (chỉ dành cho quản trị viên và kiểm tra viên).</translation>
    </message>
    <message>
        <source>--by USER       changes made by that user
--entity E      member, posting, report, transfer, party_unit, user...
--id ID         one record (its uuid or name)
--from DATE --to DATE   the days the changes were made
--limit N       at most N entries (default 100)
With --json each entry has its values before and after.</source>
        <translation>--by USER       các thay đổi do người dùng đó thực hiện
--entity E      member, posting, report, transfer, party_unit, user...
--id ID         một bản ghi (uuid hoặc tên)
--from DATE --to DATE   khoảng ngày thực hiện thay đổi
--limit N       tối đa N dòng (mặc định 100)
Với --json, mỗi dòng có các giá trị trước và sau khi thay đổi.</translation>
    </message>
    <message>
        <source>No terminal to ask on: set %1 in the environment.</source>
        <translation>Không có cửa sổ dòng lệnh để hỏi: hãy đặt biến môi trường %1.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Nhập lại: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Tệp cơ sở dữ liệu không tồn tại.</translation>
    </message>
    <message>
        <source>say on stderr what the program does, and for an error the failing operation and the database engine&apos;s code (also kept in the log file)</source>
        <translation>ghi ra stderr những gì chương trình đang làm, và khi có lỗi thì ghi thao tác bị lỗi và mã lỗi của hệ quản trị cơ sở dữ liệu (cũng được lưu trong tệp nhật ký)</translation>
    </message>
    <message>
        <source>Usage: orec --db FILE field init PACKAGE</source>
        <translation>Cách dùng: orec --db FILE field init PACKAGE</translation>
    </message>
    <message>
        <source>Give the purpose with --purpose (%1).</source>
        <translation>Hãy nhập mục đích ra nước ngoài bằng --purpose (%1).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>MEMBER is a row id, party card number or citizen ID.
--purpose P   %1
--country CC  one or more, comma-separated, the main one first (ISO code or name)
--from DATE --to DATE   planned departure and return
--city, --host TEXT
--relatives   the trip includes visiting relatives abroad
--delegation N   party members travelling together
--decision-no, --decision-date, --decision-body   the sending decision
--committee CODE   the approving committee
--political-conclusion REF
--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: what the rules suggest)
--attendance in_cell|individual|exempted   how the member takes part in party life abroad (default: what the rules suggest)
The documents the posting calls for are created with their due dates.</source>
        <translation>MEMBER là mã dòng, số thẻ đảng viên hoặc số CCCD.
--purpose P   %1
--country CC  một hoặc nhiều nước, cách nhau bằng dấu phẩy, nước chính đứng đầu (mã ISO hoặc tên)
--from DATE --to DATE   ngày đi và ngày về dự kiến
--city, --host TEXT
--relatives   chuyến đi có thăm thân nhân ở nước ngoài
--delegation N   số đảng viên cùng đi
--decision-no, --decision-date, --decision-body   quyết định cử
--committee CODE   cấp ủy phê duyệt
--political-conclusion REF
--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: theo đề xuất của bảng quy tắc)
--attendance in_cell|individual|exempted   cách đảng viên tham gia sinh hoạt đảng ở nước ngoài (mặc định: theo đề xuất của bảng quy tắc)
Các văn bản mà đợt ra nước ngoài yêu cầu được tạo kèm hạn nộp.</translation>
    </message>
    <message>
        <source>VALUE is a whole number, on/off for flags, or for documents.PURPOSE and papers_before.* (the papers a step looks for, and those it waits for) the document codes separated by commas (private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks) or none. --unit switches a deadline between days (calendar days) and working_days; VALUE may then be left out. --from DATE: in force from (default today). Deadlines and documents already set keep the version they were set up with.</source>
        <translation>VALUE là số nguyên, on/off với quy tắc bật/tắt, hoặc với documents.PURPOSE và papers_before.* (các giấy tờ cần kiểm tra trước một bước, và các giấy tờ mà bước đó phải chờ) là các mã văn bản cách nhau bằng dấu phẩy (private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks) hoặc none. --unit chuyển một thời hạn giữa days (ngày theo lịch) và working_days; khi đó có thể bỏ VALUE. --from DATE: có hiệu lực từ ngày (mặc định: hôm nay). Các thời hạn và văn bản đã đặt giữ nguyên phiên bản đã dùng khi đặt.</translation>
    </message>
    <message>
        <source>--presence at_home|abroad|overdue|lost_contact|did_not_return
--country CC     ISO code or name, among the countries of the current posting
--cell CODE      the overseas cell joined
--cell-type T    embassy, spouse, student, labour, expert, self_employed (or co_quan_dai_dien...)
--purpose P      %1
--home-unit U    the unit or any unit under it
--probationary   probationary members only
--text TEXT      search text
--sort name|card|born|admitted|country|return|relevance [--desc]
--offset N --limit N   paging (default 0 and 100)
--json prints {total, offset, rows: [...]}.</source>
        <translation>--presence at_home|abroad|overdue|lost_contact|did_not_return
--country CC     mã ISO hoặc tên nước, trong số các nước đến của đợt ra nước ngoài hiện tại
--cell CODE      chi bộ ở nước ngoài đang sinh hoạt
--cell-type T    embassy, spouse, student, labour, expert, self_employed (hoặc co_quan_dai_dien...)
--purpose P      %1
--home-unit U    tổ chức đảng đó hoặc bất kỳ tổ chức đảng trực thuộc nào
--probationary   chỉ đảng viên dự bị
--text TEXT      nội dung tìm kiếm
--sort name|card|born|admitted|country|return|relevance [--desc]
--offset N --limit N   phân trang (mặc định 0 và 100)
--json in ra {total, offset, rows: [...]}.</translation>
    </message>
    <message>
        <source>Usage: documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT]</source>
        <translation>Cách dùng: documents list [--kind BC|CV|DS] [--year YYYY] [--search TEXT]</translation>
    </message>
    <message>
        <source>--kind is the symbol of a kind of document: BC, CV, DS...</source>
        <translation>--kind là ký hiệu của một loại văn bản: BC, CV, DS...</translation>
    </message>
    <message>
        <source>Usage: documents reprint NUMBER --out FILE.pdf</source>
        <translation>Cách dùng: documents reprint NUMBER --out FILE.pdf</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.pdf.</source>
        <translation>Hãy chỉ định nơi ghi bằng --out FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 reprinted as issued: %2.</source>
        <translation>Đã in lại %1 đúng như khi phát hành: %2.</translation>
    </message>
    <message>
        <source>(not set: from the party units)</source>
        <translation>(chưa đặt: lấy theo tổ chức đảng)</translation>
    </message>
    <message>
        <source>Superior unit:</source>
        <translation>Tổ chức đảng cấp trên:</translation>
    </message>
    <message>
        <source>Issuing committee:</source>
        <translation>Cấp ủy cấp giấy:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Signs on behalf of:</source>
        <translation>Ký thay mặt:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Term started:</source>
        <translation>Ngày bắt đầu nhiệm kỳ:</translation>
    </message>
    <message>
        <source>Usage: documents identity [--json]</source>
        <translation>Cách dùng: documents identity [--json]</translation>
    </message>
    <message>
        <source>Usage: documents set-identity [--superior TEXT] [--committee-name TEXT] [--symbol ĐU] [--place TEXT] [--on-behalf TEXT] [--position TEXT] [--signer NAME] [--term-start DATE]</source>
        <translation>Cách dùng: documents set-identity [--superior TEXT] [--committee-name TEXT] [--symbol ĐU] [--place TEXT] [--on-behalf TEXT] [--position TEXT] [--signer NAME] [--term-start DATE]</translation>
    </message>
    <message>
        <source>--term-start needs a date dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>--term-start cần một ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>The register of issued documents: number, date, who issued it, title.</source>
        <translation>Sổ văn bản đi: số, ngày, người phát hành, trích yếu.</translation>
    </message>
    <message>
        <source>Newest first. --kind keeps one kind (BC reports, CV letters, DS lists); --year the documents of one year; --search a word of the number or title, with or without diacritics.</source>
        <translation>Mới nhất trước. --kind chỉ lấy một loại (BC báo cáo, CV công văn, DS danh sách); --year các văn bản của một năm; --search một từ trong số hoặc trích yếu, có dấu hoặc không dấu.</translation>
    </message>
    <message>
        <source>Write an issued document again, byte for byte as it was issued.</source>
        <translation>Ghi lại một văn bản đã phát hành, giống hệt từng byte như khi phát hành.</translation>
    </message>
    <message>
        <source>NUMBER as printed: &apos;Số 01-DS/ĐU&apos; or 01-DS/ĐU. The copy has the same number and the same SHA-256 as the document in the register.</source>
        <translation>NUMBER như khi in: &apos;Số 01-DS/ĐU&apos; hoặc 01-DS/ĐU. Bản sao có cùng số và cùng mã SHA-256 với văn bản trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Show the committee&apos;s identity printed on its documents.</source>
        <translation>Hiển thị thông tin cấp ủy được in trên các văn bản của cấp ủy.</translation>
    </message>
    <message>
        <source>What is not set comes from the party units: the top committee&apos;s name and its parent&apos;s, T/M ĐẢNG ỦY, BÍ THƯ, Hà Nội, the symbol ĐU.</source>
        <translation>Những thông tin chưa đặt được lấy theo tổ chức đảng: tên cấp ủy cao nhất và tên tổ chức đảng cấp trên của cấp ủy đó, T/M ĐẢNG ỦY, BÍ THƯ, Hà Nội, ký hiệu ĐU.</translation>
    </message>
    <message>
        <source>Set the committee&apos;s identity on its documents, once (administrators only).</source>
        <translation>Đặt thông tin cấp ủy ghi trên văn bản, đặt một lần để dùng cho mọi văn bản (chỉ quản trị viên).</translation>
    </message>
    <message>
        <source>--superior the line above the committee (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG); --committee-name the issuing committee (ĐẢNG ỦY BỘ NGOẠI GIAO); --symbol its abbreviation in numbers (ĐU); --place the place before the date; --on-behalf, --position and --signer the usual signature; --term-start the first day of the committee&apos;s term (nhiệm kỳ): numbers of each kind start again from 01 on it. An empty value clears a field. Audited.</source>
        <translation>--superior dòng ghi phía trên tên cấp ủy (ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG); --committee-name tên cấp ủy ban hành văn bản (ĐẢNG ỦY BỘ NGOẠI GIAO); --symbol chữ viết tắt của cấp ủy trong số văn bản (ĐU); --place địa danh ghi trước ngày tháng; --on-behalf, --position và --signer phần chữ ký thông thường; --term-start ngày đầu tiên của nhiệm kỳ cấp ủy: số văn bản của từng loại được đánh lại từ 01 kể từ ngày đó. Giá trị trống sẽ xóa trường tương ứng. Thay đổi được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Differs from the default: %1.</source>
        <translation>Khác với giá trị mặc định: %1.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Each rule shows its source, its basis (regulation, committee policy or not confirmed), a note on what else the sources say, and its default when the register&apos;s value differs.
--version N shows an older version.</source>
        <translation>Mỗi quy tắc hiển thị nguồn, căn cứ (quy định của Đảng, chủ trương của cấp ủy hoặc chưa xác minh), ghi chú về những gì các nguồn khác nêu, và giá trị mặc định khi giá trị trong cơ sở dữ liệu khác với mặc định.
--version N hiển thị một phiên bản cũ hơn.</translation>
    </message>
    <message>
        <source>--final issues a document: write it to a .pdf file.</source>
        <translation>--final phát hành văn bản: hãy ghi ra tệp .pdf.</translation>
    </message>
    <message>
        <source>%1 carries the number of its transfer letter in the transfer register; print it without --final.</source>
        <translation>%1 mang số của giấy giới thiệu sinh hoạt đảng trong sổ giới thiệu sinh hoạt đảng; hãy in mà không dùng --final.</translation>
    </message>
    <message>
        <source>--reply-within needs a number of days from 1 to 365.</source>
        <translation>--reply-within cần số ngày từ 1 đến 365.</translation>
    </message>
    <message>
        <source>Issued %1; written %2.</source>
        <translation>Đã phát hành %1; đã ghi %2.</translation>
    </message>
    <message>
        <source>--header-row needs the number of the line holding the column titles, 1 for the first.</source>
        <translation>--header-row cần số thứ tự của dòng chứa tiêu đề cột, 1 là dòng đầu tiên.</translation>
    </message>
    <message>
        <source>The whole file is checked first. With any problem nothing is imported and every problem is listed with its line and column (exit code 2).
--skip-invalid   import the valid rows, leave out the others
--rejects OUT    with --skip-invalid: write the rejected rows and their reasons to OUT.csv (default: FILE.rejects.csv beside FILE, or .rejects-2.csv... when that exists)
--dry-run        check only
Headers in Vietnamese or English (ho_ten or full_name...); dates dd/mm/yyyy or yyyy-mm-dd; UTF-8 (a BOM is allowed). Import cells first, then members, then postings.
FILE is .csv or .xlsx (--sheet N: the Nth worksheet, default 1). Headers that differ are mapped with
--map &quot;Họ và tên=ho_ten, Ngày sinh=ngay_sinh, STT=&quot; (HEADER=field by key or English alias; an empty
field leaves the column out). --rejects OUT.xlsx writes the rejects as Excel.
--header-row N   the line holding the column titles (default: found under the sheet&apos;s title rows).
Card numbers with separators, leading zeros Excel dropped, dates as Excel numbers or in words and
merged cells are read and listed as changes; citizen IDs in scientific notation are refused.</source>
        <translation>Toàn bộ tệp được kiểm tra trước. Nếu có bất kỳ lỗi nào thì không nhập gì và mọi lỗi đều được liệt kê kèm dòng và cột (mã thoát 2).
--skip-invalid   nhập các dòng hợp lệ, bỏ qua các dòng còn lại
--rejects OUT    dùng kèm --skip-invalid: ghi các dòng bị từ chối kèm lý do vào OUT.csv (mặc định: FILE.rejects.csv cạnh FILE, hoặc .rejects-2.csv... nếu tệp đó đã có)
--dry-run        chỉ kiểm tra
Tiêu đề cột bằng tiếng Việt hoặc tiếng Anh (ho_ten hoặc full_name...); ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd; UTF-8 (cho phép có BOM). Nhập chi bộ trước, rồi đến đảng viên, sau đó đến đợt ra nước ngoài.
FILE là .csv hoặc .xlsx (--sheet N: trang tính thứ N, mặc định 1). Tiêu đề cột khác tên được ghép bằng
--map &quot;Họ và tên=ho_ten, Ngày sinh=ngay_sinh, STT=&quot; (HEADER=trường theo mã hoặc tên tiếng Anh; để trống
trường thì bỏ qua cột đó). --rejects OUT.xlsx ghi các dòng bị từ chối ra tệp Excel.
--header-row N   dòng chứa tiêu đề cột (mặc định: tự tìm bên dưới các dòng tiêu đề của trang tính).
Số thẻ có ký tự phân cách, chữ số 0 ở đầu bị Excel bỏ, ngày dạng số Excel hoặc viết bằng chữ và
ô gộp đều được đọc và liệt kê là thay đổi; số CCCD dạng ký hiệu khoa học bị từ chối.</translation>
    </message>
    <message>
        <source>(found by the earlier card number %1)</source>
        <translation>(tìm thấy theo số thẻ cũ %1)</translation>
    </message>
    <message>
        <source>Column titles taken from line %1 (the lines above are titles).</source>
        <translation>Tiêu đề cột lấy từ dòng %1 (các dòng phía trên là tiêu đề của trang tính).</translation>
    </message>
    <message>
        <source>… and %1 more; --json lists them all.</source>
        <translation>… và %1 mục khác; --json liệt kê đầy đủ.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) read otherwise than written (listed above).</source>
        <translation>
            <numerusform>%n giá trị được đọc khác với cách ghi (liệt kê ở trên).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) got a new party card number; the earlier ones are kept.</source>
        <translation>
            <numerusform>%n đảng viên được ghi số thẻ đảng viên mới; các số cũ được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>--transfers needs the ids of transfer letters, separated by commas.</source>
        <translation>--transfers cần mã của các giấy giới thiệu sinh hoạt đảng, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>--%1 needs millimetres between -%2 and %2.</source>
        <translation>--%1 cần số milimét từ -%2 đến %2.</translation>
    </message>
    <message>
        <source>--save-offsets goes with the calibration page: print calibration --printer NAME --offset-x MM --offset-y MM --save-offsets.</source>
        <translation>--save-offsets chỉ dùng với trang căn chỉnh: print calibration --printer NAME --offset-x MM --offset-y MM --save-offsets.</translation>
    </message>
    <message>
        <source>--overlay fills the pre-printed 2-SHĐ sheet; the other documents print whole.</source>
        <translation>--overlay điền nội dung vào tờ mẫu 2-SHĐ in sẵn; các văn bản khác được in đầy đủ.</translation>
    </message>
    <message>
        <source>KIND:
  abroad        members now abroad; --by country (default: by country and cell) or --by home-unit
  movements     departures and returns in --from .. --to
  reports-due   reports overdue and due within --within DAYS (default 30)
  member        one member&apos;s overseas record; --member CARD|CITIZEN_ID
  statistics    the statistical report of --from .. --to, with a chart (--chart FILE.png to use a saved dashboard chart)
  2-shd         temporary transfer letter; --transfer ID; --overlay prints only the values for the pre-printed sheet, shifted by the offsets saved for --printer NAME or given with --offset-x MM --offset-y MM; --enclosures &apos;A;B&apos; lists the papers enclosed
  3a-shd        official posting slip abroad, issued by a district-level committee; --transfer ID
  3c-shd        report listing one batch of 3A-SHĐ slips: --transfers ID,ID, or those issued in --from .. --to, or (neither) those of the committee&apos;s latest day of issue; --committee CODE
  10-shd        the transfer register of --year YEAR, letters sent and received; --committee CODE
  calibration   a page with millimetre rulers and cross marks to measure a printer&apos;s offsets; --printer NAME --offset-x MM --offset-y MM --save-offsets saves them for that printer
  reminders     a letter to each member whose report is overdue, through their cell, asking for it within --reply-within DAYS (default 10); one letter per page; --member CARD for one member&apos;s
Without --final the PDF is a draft: BẢN NHÁP on every page, no number. --final issues it: the next number of its kind in the committee&apos;s register (Số 01-DS/ĐU; reminders one CV number per letter), kept with the PDF for reprints (orec documents); clerks and administrators, at home. The transfer forms (2-shd, 3a-shd, 10-shd) carry their transfer register number and are never drafts.
Options: --as-of DATE (default today), --date DATE on the document, --place TEXT (default: the settings&apos;, else Hà Nội), --signer NAME, --position TEXT, --on-behalf &apos;T/M ĐẢNG ỦY&apos;, --recipients &apos;A;B&apos;. With .xlsx or .csv the document&apos;s list is exported instead (UTF-8 with BOM for CSV); --no-groups leaves out the group heading rows. Dates dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>KIND:
  abroad        đảng viên đang ở nước ngoài; --by country (mặc định: theo nước và chi bộ) hoặc --by home-unit
  movements     lượt đi nước ngoài và về nước trong khoảng --from .. --to
  reports-due   báo cáo quá hạn và sắp đến hạn trong --within DAYS ngày tới (mặc định 30)
  member        hồ sơ ra nước ngoài của một đảng viên; --member CARD|CITIZEN_ID
  statistics    báo cáo thống kê của kỳ --from .. --to, kèm biểu đồ (--chart FILE.png để dùng biểu đồ đã lưu từ màn hình tổng quan)
  2-shd         giấy giới thiệu sinh hoạt đảng tạm thời; --transfer ID; --overlay chỉ in phần nội dung lên tờ mẫu in sẵn, dịch theo độ lệch đã lưu cho --printer NAME hoặc nhập bằng --offset-x MM --offset-y MM; --enclosures &apos;A;B&apos; liệt kê hồ sơ kèm theo
  3a-shd        phiếu công tác chính thức ngoài nước, do cấp ủy cấp huyện và tương đương cấp; --transfer ID
  3c-shd        báo cáo danh sách một đợt phiếu 3A-SHĐ: --transfers ID,ID, hoặc các phiếu cấp trong khoảng --from .. --to, hoặc (không có cả hai) các phiếu của ngày cấp gần nhất của cấp ủy; --committee CODE
  10-shd        sổ giới thiệu sinh hoạt đảng của năm --year YEAR, gồm giấy giới thiệu đi và đến; --committee CODE
  calibration   trang có thước milimét và dấu chữ thập để đo độ lệch của máy in; --printer NAME --offset-x MM --offset-y MM --save-offsets lưu độ lệch cho máy in đó
  reminders     công văn đôn đốc gửi từng đảng viên quá hạn nộp báo cáo, qua chi bộ nơi đảng viên sinh hoạt, đề nghị nộp trong --reply-within DAYS ngày (mặc định 10); mỗi công văn một trang; --member CARD để chỉ in công văn cho một đảng viên
Không có --final, tệp PDF là bản nháp: mỗi trang có dòng BẢN NHÁP, không có số. --final phát hành văn bản: cấp số tiếp theo của loại văn bản đó trong sổ văn bản đi của cấp ủy (Số 01-DS/ĐU; với reminders, mỗi công văn một số CV), lưu kèm tệp PDF để in lại (orec documents); dành cho cán bộ nghiệp vụ và quản trị viên, ở trong nước. Các mẫu giới thiệu sinh hoạt đảng (2-shd, 3a-shd, 10-shd) mang số đăng ký trong sổ giới thiệu sinh hoạt đảng và không bao giờ là bản nháp.
Tùy chọn: --as-of DATE (mặc định: hôm nay), --date DATE ghi trên văn bản, --place TEXT (mặc định: theo cài đặt, nếu không có thì Hà Nội), --signer NAME, --position TEXT, --on-behalf &apos;T/M ĐẢNG ỦY&apos;, --recipients &apos;A;B&apos;. Với .xlsx hoặc .csv, chương trình xuất danh sách của văn bản thay cho văn bản (CSV dùng UTF-8 có BOM); --no-groups bỏ các dòng tiêu đề nhóm. Ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>--level province, district or grassroots is a committee&apos;s; a cell or group is at the level of a cell.</source>
        <translation>--level province, district hoặc grassroots chỉ dành cho cấp ủy; chi bộ hoặc tổ đảng ở cấp chi bộ.</translation>
    </message>
    <message>
        <source>A committee&apos;s --level is province, district or grassroots.</source>
        <translation>--level của cấp ủy là province, district hoặc grassroots.</translation>
    </message>
    <message>
        <source>--name TEXT         full name (họ và tên)
--alias TEXT        alias (bí danh), printed on transfer letters
--gender Nam|Nữ     also male/female
--born DATE         date of birth (dd/mm/yyyy or yyyy-mm-dd)
--hometown TEXT
--citizen-id N      12 digits (9 on old cards)
--card N            party card number
--dossier TEXT      dossier number (6 digits, 2-3 letters)
--admitted DATE     admission to the Party
--full-member DATE  full membership (empty while probationary)
--home-unit CODE    the home cell, by code or name
--position, --workplace, --phone, --email, --notes TEXT
--disciplinary-review yes|no
Validation problems are listed with their field; the exit code is then 2.</source>
        <translation>--name TEXT         họ và tên
--alias TEXT        bí danh, in trên giấy giới thiệu sinh hoạt đảng
--gender Nam|Nữ     cũng nhận male/female
--born DATE         ngày sinh (dd/mm/yyyy hoặc yyyy-mm-dd)
--hometown TEXT
--citizen-id N      12 chữ số (chứng minh nhân dân cũ: 9 chữ số)
--card N            số thẻ đảng viên
--dossier TEXT      số lý lịch (6 chữ số, 2-3 chữ cái)
--admitted DATE     ngày vào Đảng
--full-member DATE  ngày chính thức (để trống khi còn dự bị)
--home-unit CODE    chi bộ trong nước, theo mã hoặc tên
--position, --workplace, --phone, --email, --notes TEXT
--disciplinary-review yes|no
Các lỗi kiểm tra dữ liệu được liệt kê kèm trường; khi đó mã thoát là 2.</translation>
    </message>
    <message>
        <source>--code TEXT --name TEXT   required for add
--kind committee|cell|group (default cell)
--level province|district|grassroots   a committee&apos;s level (default: district at the top of the tree, grassroots below); only a district-level committee or above issues 3A-SHĐ
--parent CODE    the unit above
--cell-type T    an overseas cell&apos;s type (makes it overseas)
--country CC     ISO code or name (makes it overseas)
--city TEXT  --established DATE
--secretary ID  --deputy ID   members, by id or card number
--overseas  --probationary-cell  --inactive  --active</source>
        <translation>--code TEXT --name TEXT   bắt buộc khi thêm (add)
--kind committee|cell|group (mặc định: cell)
--level province|district|grassroots   cấp của cấp ủy (mặc định: district ở gốc cây tổ chức, grassroots ở các cấp dưới); chỉ cấp ủy cấp huyện và tương đương trở lên mới cấp 3A-SHĐ
--parent CODE    tổ chức đảng cấp trên
--cell-type T    loại chi bộ ở nước ngoài (đánh dấu là ở nước ngoài)
--country CC     mã ISO hoặc tên nước (đánh dấu là ở nước ngoài)
--city TEXT  --established DATE
--secretary ID  --deputy ID   đảng viên, theo mã hoặc số thẻ đảng viên
--overseas  --probationary-cell  --inactive  --active</translation>
    </message>
</context>
<context>
    <name>orec::crypto</name>
    <message>
        <source>The key derivation parameters are damaged.</source>
        <translation>Tham số dẫn xuất khóa bị hỏng.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Không đủ bộ nhớ để dẫn xuất khóa từ mật khẩu.</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>Khóa không mở được dữ liệu này.</translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed in a key.</source>
        <translation>Ký tự thứ %1 (&apos;%2&apos;) không được phép có trong khóa.</translation>
    </message>
</context>
<context>
    <name>orec::exchange</name>
    <message>
        <source>This file is not an Overseas Records exchange package (.orecpkg).</source>
        <translation>Tệp này không phải gói trao đổi của Hồ sơ đảng viên ở nước ngoài (.orecpkg).</translation>
    </message>
    <message>
        <source>The package is cut short: its header is incomplete.</source>
        <translation>Gói bị cắt cụt: phần đầu gói không đầy đủ.</translation>
    </message>
    <message>
        <source>The package is in format version %1; this program reads version %2. Update the program on both sides.</source>
        <translation>Gói có định dạng phiên bản %1; chương trình này đọc phiên bản %2. Hãy cập nhật chương trình ở cả hai phía.</translation>
    </message>
    <message>
        <source>The package header is damaged: %1.</source>
        <translation>Phần đầu gói bị hỏng: %1.</translation>
    </message>
    <message>
        <source>unknown package kind</source>
        <translation>loại gói không xác định</translation>
    </message>
    <message>
        <source>unknown flags</source>
        <translation>cờ không xác định</translation>
    </message>
    <message>
        <source>a party or cell id is missing</source>
        <translation>thiếu mã định danh của bên trao đổi hoặc của chi bộ</translation>
    </message>
    <message>
        <source>a sequence number is out of range</source>
        <translation>có số thứ tự nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>the range of changes is reversed</source>
        <translation>khoảng thay đổi bị đảo ngược</translation>
    </message>
    <message>
        <source>no creation time</source>
        <translation>không có thời điểm tạo</translation>
    </message>
    <message>
        <source>The package announces a content size beyond the limit.</source>
        <translation>Gói khai báo kích thước nội dung vượt quá giới hạn.</translation>
    </message>
    <message>
        <source>the sizes do not agree</source>
        <translation>các kích thước không khớp nhau</translation>
    </message>
    <message>
        <source>unexpected enrolment proof</source>
        <translation>có bằng chứng ghi danh không đúng chỗ</translation>
    </message>
    <message>
        <source>This database has no exchange keys yet.</source>
        <translation>Cơ sở dữ liệu này chưa có khóa trao đổi.</translation>
    </message>
    <message>
        <source>The package content is empty or too large.</source>
        <translation>Nội dung gói trống hoặc quá lớn.</translation>
    </message>
    <message>
        <source>The recipient&apos;s encryption key is missing.</source>
        <translation>Thiếu khóa mã hóa của bên nhận.</translation>
    </message>
    <message>
        <source>The wrapped key does not fit the header.</source>
        <translation>Khóa đã bọc không khớp với phần đầu gói.</translation>
    </message>
    <message>
        <source>The package content is not in a form this program reads.</source>
        <translation>Nội dung gói không ở dạng mà chương trình này đọc được.</translation>
    </message>
    <message>
        <source>The package content is of another kind than its header says.</source>
        <translation>Nội dung gói khác loại với loại ghi ở phần đầu gói.</translation>
    </message>
    <message>
        <source>The package content is in version %1 of its schema; this program reads up to version %2. Update the program.</source>
        <translation>Nội dung gói theo lược đồ phiên bản %1; chương trình này chỉ đọc đến phiên bản %2. Hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <source>The enrolment code is not complete: it has 32 characters in groups of four.</source>
        <translation>Mã ghi danh chưa đủ: mã gồm 32 ký tự, chia thành các nhóm bốn ký tự.</translation>
    </message>
    <message>
        <source>The package cannot be read: %1.</source>
        <translation>Không đọc được gói: %1.</translation>
    </message>
    <message>
        <source>The package content is damaged: %1.</source>
        <translation>Nội dung gói bị hỏng: %1.</translation>
    </message>
    <message>
        <source>no list of changes</source>
        <translation>không có danh sách thay đổi</translation>
    </message>
    <message>
        <source>a change is not a record</source>
        <translation>có thay đổi không phải là bản ghi</translation>
    </message>
    <message>
        <source>a change has no number</source>
        <translation>có thay đổi không có số thứ tự</translation>
    </message>
    <message>
        <source>change %1 is out of the package&apos;s range</source>
        <translation>thay đổi %1 nằm ngoài phạm vi của gói</translation>
    </message>
    <message>
        <source>change %1 is about an unknown kind of record</source>
        <translation>thay đổi %1 thuộc loại bản ghi không xác định</translation>
    </message>
    <message>
        <source>change %1 names no record</source>
        <translation>thay đổi %1 không chỉ rõ bản ghi nào</translation>
    </message>
    <message>
        <source>change %1 has no action</source>
        <translation>thay đổi %1 không có thao tác</translation>
    </message>
    <message>
        <source>change %1 has no values</source>
        <translation>thay đổi %1 không có giá trị</translation>
    </message>
    <message>
        <source>change %1 names two records</source>
        <translation>thay đổi %1 chỉ tới hai bản ghi</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still need a decision: keep home&apos;s value, take the cell&apos;s, or edit.</source>
        <translation>
            <numerusform>Còn %n xung đột cần quyết định: giữ giá trị trong nước, lấy giá trị của chi bộ, hoặc sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>The package cannot be written: %1.</source>
        <translation>Không ghi được gói: %1.</translation>
    </message>
    <message>
        <source>party unit</source>
        <translation>tổ chức đảng</translation>
    </message>
    <message>
        <source>member</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>transfer letter</source>
        <translation>giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>There is no unit with this code.</source>
        <translation>Không có tổ chức đảng nào có mã này.</translation>
    </message>
    <message>
        <source>%1 is not an overseas cell; only overseas cells work in the field.</source>
        <translation>%1 không phải chi bộ ở nước ngoài; chỉ chi bộ ở nước ngoài mới dùng cơ sở dữ liệu ở nước ngoài.</translation>
    </message>
    <message>
        <source>This database&apos;s exchange keys are damaged.</source>
        <translation>Khóa trao đổi của cơ sở dữ liệu này bị hỏng.</translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is missing.</source>
        <translation>Thiếu thông tin ghi danh của bí thư.</translation>
    </message>
    <message>
        <source>The secretary&apos;s registration is no longer pending.</source>
        <translation>Việc ghi danh của bí thư không còn ở trạng thái chờ.</translation>
    </message>
    <message>
        <source>There is no such secretary.</source>
        <translation>Không có bí thư này.</translation>
    </message>
    <message>
        <source>The sequence state of a peer is missing.</source>
        <translation>Thiếu trạng thái số thứ tự của một bên trao đổi.</translation>
    </message>
    <message>
        <source>This is a home database; this is done on a secretary&apos;s laptop.</source>
        <translation>Đây là cơ sở dữ liệu trong nước; thao tác này được thực hiện trên máy tính xách tay của bí thư chi bộ.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Đã có tệp trùng tên; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>it names another cell than its header</source>
        <translation>nội dung ghi chi bộ khác với phần đầu gói</translation>
    </message>
    <message>
        <source>the cell&apos;s own record is missing</source>
        <translation>thiếu bản ghi của chính chi bộ</translation>
    </message>
    <message>
        <source>it names another cell than this laptop&apos;s</source>
        <translation>gói ghi chi bộ khác với chi bộ của máy tính xách tay này</translation>
    </message>
    <message>
        <source>the list of %1 records is missing</source>
        <translation>thiếu danh sách bản ghi %1</translation>
    </message>
    <message>
        <source>a %1 record has no identity</source>
        <translation>có bản ghi %1 không có mã định danh</translation>
    </message>
    <message>
        <source>Package %1 from home was already installed; nothing changed.</source>
        <translation>Gói %1 từ trong nước đã được áp dụng; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from home never arrived. This one holds everything they did, so nothing is missing.</source>
        <translation>Chưa nhận được các gói từ %1 đến %2 từ trong nước. Gói này chứa toàn bộ nội dung của các gói đó nên không thiếu gì.</translation>
    </message>
    <message>
        <source>This field database has lost its exchange keys.</source>
        <translation>Cơ sở dữ liệu ở nước ngoài này đã mất khóa trao đổi.</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>đảng viên không xác định</translation>
    </message>
    <message>
        <source>posting of %1 (%2)</source>
        <translation>đợt ra nước ngoài của %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <source>transfer letter %1 of %2</source>
        <translation>giấy giới thiệu sinh hoạt đảng %1 của %2</translation>
    </message>
    <message>
        <source>This is a field database: cell packages are made at home.</source>
        <translation>Đây là cơ sở dữ liệu ở nước ngoài: gói gửi cho chi bộ được tạo ở trong nước.</translation>
    </message>
    <message>
        <source>Cell %1 already has a secretary registered (%2). Replace them explicitly, which makes their laptop&apos;s packages unacceptable.</source>
        <translation>Chi bộ %1 đã có bí thư được ghi danh (%2). Hãy thay thế một cách tường minh; khi đó các gói từ máy tính xách tay của người cũ sẽ không còn được tiếp nhận.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>đã được thay thế</translation>
    </message>
    <message>
        <source>Cell %1 has no registered secretary.</source>
        <translation>Chi bộ %1 chưa có bí thư được ghi danh.</translation>
    </message>
    <message>
        <source>No secretary is registered for cell %1: enrol one first (&apos;orec secretary add --cell %1&apos;).</source>
        <translation>Chi bộ %1 chưa có bí thư được ghi danh: hãy ghi danh trước (&apos;orec secretary add --cell %1&apos;).</translation>
    </message>
    <message>
        <source>The enrolment of this cell&apos;s secretary has lost its key.</source>
        <translation>Thông tin ghi danh bí thư của chi bộ này bị mất khóa.</translation>
    </message>
    <message>
        <source>The cell this package is about no longer exists here.</source>
        <translation>Chi bộ mà gói này đề cập không còn tồn tại ở đây.</translation>
    </message>
    <message>
        <source>Home does not have this record.</source>
        <translation>Cơ sở dữ liệu trong nước không có bản ghi này.</translation>
    </message>
    <message>
        <source>A secretary may change only their own cell&apos;s record.</source>
        <translation>Bí thư chỉ được sửa bản ghi của chi bộ mình.</translation>
    </message>
    <message>
        <source>Package %1 of cell %2 was already applied; nothing changed.</source>
        <translation>Gói %1 của chi bộ %2 đã được áp dụng; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this cell never arrived. Their changes were not acknowledged yet, so this package carries them too; nothing is lost.</source>
        <translation>Chưa nhận được các gói từ %1 đến %2 của chi bộ này. Các thay đổi trong đó chưa được xác nhận nên gói này cũng mang theo; không mất dữ liệu nào.</translation>
    </message>
    <message>
        <source>This package was imported meanwhile; read it again.</source>
        <translation>Gói này vừa được nhập trong lúc đó; hãy đọc lại.</translation>
    </message>
    <message>
        <source>The change to %1 cannot be applied: %2</source>
        <translation>Không áp dụng được thay đổi đối với %1: %2</translation>
    </message>
    <message>
        <source>the record is gone</source>
        <translation>bản ghi không còn</translation>
    </message>
    <message>
        <source>This package is signed by a secretary who was removed on %1 (%2). Packages from that laptop are no longer accepted.</source>
        <translation>Gói này được ký bởi bí thư đã bị gỡ bỏ ngày %1 (%2). Không còn tiếp nhận gói từ máy tính xách tay đó.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
    <message>
        <source>The %1 refers to a %2 this database does not have.</source>
        <translation>Bản ghi %1 tham chiếu tới %2 không có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Unknown kind of record.</source>
        <translation>Loại bản ghi không xác định.</translation>
    </message>
    <message>
        <source>The package carries no signed audit head of its sender.</source>
        <translation>Gói không mang dòng mốc cuối có chữ ký số của nhật ký kiểm tra bên gửi.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log is at entry %1 (signed by %2).</source>
        <translation>Nhật ký kiểm tra của bên gửi đang ở dòng %1 (do %2 ký).</translation>
    </message>
    <message>
        <source>This is the first head seen from this sender; it is remembered.</source>
        <translation>Đây là dòng mốc cuối đầu tiên nhận được từ bên gửi này; dòng mốc đã được ghi nhớ.</translation>
    </message>
    <message>
        <source>Its previous package showed entry %1: the history only grew.</source>
        <translation>Gói trước của bên gửi cho thấy dòng %1: lịch sử chỉ được ghi thêm.</translation>
    </message>
    <message>
        <source>Unchanged since its previous package.</source>
        <translation>Không thay đổi kể từ gói trước.</translation>
    </message>
    <message>
        <source>WARNING: its package %1 already showed entry %2. The sender&apos;s database went back.</source>
        <translation>CẢNH BÁO: gói %1 của bên gửi đã cho thấy dòng %2. Cơ sở dữ liệu của bên gửi đã bị quay lui.</translation>
    </message>
    <message>
        <source>WARNING: it is another database than the sender&apos;s before.</source>
        <translation>CẢNH BÁO: đây là cơ sở dữ liệu khác với cơ sở dữ liệu trước đây của bên gửi.</translation>
    </message>
    <message>
        <source>The audit head this package carries is damaged or not signed by the key it names.</source>
        <translation>Dòng mốc cuối của nhật ký kiểm tra trong gói này bị hỏng hoặc không được ký bằng khóa ghi trong đó.</translation>
    </message>
    <message>
        <source>The audit log could not be shortened this time: %1</source>
        <translation>Lần này không rút gọn được nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>This field database has no key of its home.</source>
        <translation>Cơ sở dữ liệu ở nước ngoài này không có khóa của cơ sở dữ liệu trong nước.</translation>
    </message>
    <message>
        <source>a member outside the cell</source>
        <translation>một đảng viên không thuộc chi bộ</translation>
    </message>
    <message>
        <source>a posting outside the cell</source>
        <translation>một đợt ra nước ngoài không thuộc chi bộ</translation>
    </message>
    <message>
        <source>a transfer letter outside the cell</source>
        <translation>một giấy giới thiệu sinh hoạt đảng không thuộc chi bộ</translation>
    </message>
    <message>
        <source>a party unit the cell&apos;s records do not name</source>
        <translation>một tổ chức đảng không có trong hồ sơ của chi bộ</translation>
    </message>
    <message>
        <source>another cell</source>
        <translation>một chi bộ khác</translation>
    </message>
    <message>
        <source>%1: %2 is empty; a record of cell %3 must name it.</source>
        <translation>%1: %2 để trống; bản ghi của chi bộ %3 phải ghi trường này.</translation>
    </message>
    <message>
        <source>%1: %2 points to %3 (%4). A secretary speaks for cell %5 only.</source>
        <translation>%1: %2 trỏ đến %3 (%4). Bí thư chỉ đại diện cho chi bộ %5.</translation>
    </message>
    <message>
        <source>%1: %2 is not the secretary&apos;s to change; home keeps its value.</source>
        <translation>%1: bí thư không có quyền thay đổi %2; trong nước giữ nguyên giá trị hiện có.</translation>
    </message>
    <message>
        <source>%1: the secretary may not set %2 to &quot;%3&quot;; home keeps its value.</source>
        <translation>%1: bí thư không được đặt %2 thành &quot;%3&quot;; trong nước giữ nguyên giá trị hiện có.</translation>
    </message>
    <message>
        <source>%1: posting_id names a posting of another member than member_id.</source>
        <translation>%1: posting_id chỉ đến đợt ra nước ngoài của một đảng viên khác với member_id.</translation>
    </message>
    <message>
        <source>Home has no exchange keys yet: there is nothing to replace.</source>
        <translation>Cơ sở dữ liệu trong nước chưa có khóa trao đổi: không có gì để thay thế.</translation>
    </message>
    <message>
        <source>No key of this cell&apos;s secretary is known.</source>
        <translation>Chưa biết khóa nào của bí thư chi bộ này.</translation>
    </message>
    <message>
        <source>At home this record does not belong to cell %1 (or no longer does).</source>
        <translation>Trong cơ sở dữ liệu trong nước, bản ghi này không thuộc (hoặc không còn thuộc) chi bộ %1.</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Chưa áp dụng gì: %1</translation>
    </message>
    <message>
        <source>The package is in the old format 1, which showed in clear who sent it to whom and was sealed to keys that never change. This program reads only format %1: ask the sender to update the program and export the package again.</source>
        <translation>Gói có định dạng cũ 1, định dạng này để lộ rõ ai gửi cho ai và được mã hóa bằng các khóa không bao giờ thay đổi. Chương trình này chỉ đọc định dạng %1: hãy đề nghị bên gửi cập nhật chương trình và xuất lại gói.</translation>
    </message>
    <message>
        <source>the number of key wraps is out of range</source>
        <translation>số khóa đã bọc nằm ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <source>the content size is not one of the sizes</source>
        <translation>kích thước nội dung không thuộc các kích thước cho phép</translation>
    </message>
    <message>
        <source>it has the wrong length</source>
        <translation>độ dài không đúng</translation>
    </message>
    <message>
        <source>no key for the answer</source>
        <translation>không có khóa cho gói trả lời</translation>
    </message>
    <message>
        <source>The enrolment code does not open this package. Check the code, and that this is the first package home made after enrolling you (a code issued by a program older than package format 2 must be issued again).</source>
        <translation>Mã ghi danh không mở được gói này. Hãy kiểm tra lại mã và kiểm tra đây có phải là gói đầu tiên mà trong nước tạo sau khi ghi danh cho bạn hay không (mã do chương trình cũ hơn định dạng gói 2 cấp phải được cấp lại).</translation>
    </message>
    <message>
        <source>The key for the answer is missing.</source>
        <translation>Thiếu khóa cho gói trả lời.</translation>
    </message>
    <message>
        <source>This is a return package from a cell secretary; it is imported at home, not on a laptop.</source>
        <translation>Đây là gói gửi về từ bí thư chi bộ; gói này được nhập ở trong nước, không mở trên máy tính xách tay.</translation>
    </message>
    <message>
        <source>This is a cell package from home to a secretary&apos;s laptop; it is opened there, not imported at home.</source>
        <translation>Đây là gói từ trong nước gửi cho máy tính xách tay của bí thư chi bộ; gói được mở trên máy đó, không nhập ở trong nước.</translation>
    </message>
    <message>
        <source>A package on record names a party this database does not know.</source>
        <translation>Một gói đã lưu ghi một bên trao đổi mà cơ sở dữ liệu này không biết.</translation>
    </message>
    <message>
        <source>This database has never exchanged packages, so this package was made for another one.</source>
        <translation>Cơ sở dữ liệu này chưa từng trao đổi gói, vì vậy gói này được tạo cho một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>This field database does not know its home.</source>
        <translation>Cơ sở dữ liệu ở nước ngoài này không có thông tin về cơ sở dữ liệu trong nước của nó.</translation>
    </message>
    <message>
        <source>This package is about another cell than the one this laptop keeps (%1). It is refused.</source>
        <translation>Gói này thuộc về chi bộ khác với chi bộ mà máy tính xách tay này quản lý (%1). Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package was made for another laptop. It is refused.</source>
        <translation>Gói này được tạo cho máy tính xách tay khác. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package was not made by the home this laptop belongs to (its keys do not match %1). It is refused.</source>
        <translation>Gói này không do cơ sở dữ liệu trong nước quản lý máy tính xách tay này tạo ra (khóa không khớp với %1). Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package was made for another home database. It is refused.</source>
        <translation>Gói này được tạo cho cơ sở dữ liệu trong nước khác. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package is signed by a laptop this database does not know. Only the registered secretary of a cell can send its packages.</source>
        <translation>Gói này được ký bởi một máy tính xách tay mà cơ sở dữ liệu này không biết. Chỉ bí thư đã ghi danh của chi bộ mới được gửi gói của chi bộ.</translation>
    </message>
    <message>
        <source>This package is about another cell than the one its secretary is registered for. It is refused.</source>
        <translation>Gói này thuộc về chi bộ khác với chi bộ mà bí thư đã ghi danh. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package claims to come from the laptop enrolled for this cell, but its proof does not match the enrolment code home issued. It is refused.</source>
        <translation>Gói này tự nhận đến từ máy tính xách tay đã ghi danh cho chi bộ này, nhưng bằng chứng ghi danh không khớp với mã ghi danh do trong nước cấp. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package names a registered secretary but carries other keys. It is refused.</source>
        <translation>Gói này ghi tên một bí thư đã ghi danh nhưng mang khóa khác. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package carries no signed audit head, but package %1 from the same sender did. Nothing was applied; ask the sender what happened.</source>
        <translation>Gói này không mang dòng mốc cuối có chữ ký số của nhật ký kiểm tra, trong khi gói %1 của cùng bên gửi có. Chưa áp dụng gì; hãy hỏi bên gửi xem đã xảy ra việc gì.</translation>
    </message>
    <message>
        <source>The audit head this package carries is damaged or not signed by the key it names. It is refused.</source>
        <translation>Dòng mốc cuối của nhật ký kiểm tra trong gói này bị hỏng hoặc không được ký bằng khóa ghi trong đó. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>This package comes from another database than the sender&apos;s earlier packages (its audit log is not the one package %1 showed). The sender&apos;s database was replaced. Nothing was applied; ask the sender what happened.</source>
        <translation>Gói này đến từ một cơ sở dữ liệu khác với các gói trước của bên gửi (nhật ký kiểm tra của gói không phải nhật ký mà gói %1 đã cho thấy). Cơ sở dữ liệu của bên gửi đã bị thay thế. Chưa áp dụng gì; hãy hỏi bên gửi xem đã xảy ra việc gì.</translation>
    </message>
    <message>
        <source>The sender&apos;s audit log went back: this package shows entry %1, but package %2 already showed entry %3%4. The sender&apos;s database was put back from an older copy, or its history was cut back. Nothing was applied; ask the sender what happened.</source>
        <translation>Nhật ký kiểm tra của bên gửi đã bị quay lui: gói này cho thấy dòng %1, nhưng gói %2 đã cho thấy dòng %3%4. Cơ sở dữ liệu của bên gửi đã được khôi phục từ một bản cũ hơn, hoặc lịch sử của nó đã bị cắt bớt. Chưa áp dụng gì; hãy hỏi bên gửi xem đã xảy ra việc gì.</translation>
    </message>
    <message>
        <source> with another history</source>
        <translation> với lịch sử khác</translation>
    </message>
    <message>
        <source>A different package numbered %1 from this sender was already applied. This one is refused; ask the sender what happened.</source>
        <translation>Đã áp dụng một gói khác cũng mang số %1 của bên gửi này. Gói này bị từ chối; hãy hỏi bên gửi xem đã xảy ra việc gì.</translation>
    </message>
    <message>
        <source>This package (number %1) is older than package %2, which was already applied. It is refused: applying it would undo newer work.</source>
        <translation>Gói này (số %1) cũ hơn gói %2 đã được áp dụng. Gói bị từ chối: áp dụng gói này sẽ xóa mất các thay đổi mới hơn.</translation>
    </message>
    <message>
        <source>Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask the secretary to export again; nothing was applied.</source>
        <translation>Chưa nhận được các thay đổi từ %1 đến %2 của chi bộ này: gói này bắt đầu từ thay đổi %3. Hãy đề nghị bí thư xuất lại; chưa có gì được áp dụng.</translation>
    </message>
    <message>
        <source>This is a return package from a cell secretary, not a package from home.</source>
        <translation>Đây là gói gửi về từ bí thư chi bộ, không phải gói từ trong nước.</translation>
    </message>
    <message>
        <source>This package opens with the code but does not prove that it comes from the home that issued it. It is refused.</source>
        <translation>Gói này mở được bằng mã nhưng không chứng minh được rằng gói đến từ cơ sở dữ liệu trong nước đã cấp mã. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match: it was not made by the sender it names, or was forged. It is refused.</source>
        <translation>Chữ ký số của gói không khớp: gói không do bên gửi ghi trong gói tạo ra, hoặc đã bị giả mạo. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>The package must be read from a file.</source>
        <translation>Gói phải được đọc từ tệp.</translation>
    </message>
    <message>
        <source>The package is cut short: it has %1 bytes where its header announces %2. Ask for the file to be sent again.</source>
        <translation>Gói bị cắt cụt: chỉ có %1 byte trong khi phần đầu gói khai báo %2. Hãy đề nghị gửi lại tệp.</translation>
    </message>
    <message>
        <source>The package is %1 bytes, more than the %2 its header announces: something was added to it. It is refused.</source>
        <translation>Gói có %1 byte, nhiều hơn %2 byte mà phần đầu gói khai báo: đã có dữ liệu bị thêm vào. Gói bị từ chối.</translation>
    </message>
    <message>
        <source>The package ends before its content does.</source>
        <translation>Gói kết thúc trước khi hết nội dung.</translation>
    </message>
    <message>
        <source>None of this database&apos;s current keys opens this package: it was made for another database, or it is older than the last exchange (the key it was sealed to has been deleted since). It is refused.</source>
        <translation>Không khóa hiện hành nào của cơ sở dữ liệu này mở được gói: gói được tạo cho cơ sở dữ liệu khác, hoặc cũ hơn lần trao đổi gần nhất (khóa dùng để mã hóa gói đã bị xóa từ đó đến nay). Gói bị từ chối.</translation>
    </message>
    <message>
        <source>The content key has the wrong size.</source>
        <translation>Khóa nội dung có kích thước sai.</translation>
    </message>
    <message>
        <source>The package content does not decrypt: it is damaged or was altered.</source>
        <translation>Không giải mã được nội dung gói: gói bị hỏng hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>bytes after the end of the content</source>
        <translation>có dữ liệu sau phần cuối nội dung</translation>
    </message>
</context>
<context>
    <name>orec::gui::AppController</name>
    <message>
        <source>The database was locked. Type your passphrase to continue.</source>
        <translation>Cơ sở dữ liệu đã bị khóa. Hãy nhập mật khẩu để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>orec::gui::AttachmentViewerDialog</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Trang t&amp;rước</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Trang </translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>&amp;Vừa chiều rộng</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; scan the paper again without one.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu; hãy quét lại văn bản giấy mà không đặt mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>Không đọc được tệp PDF.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Không đọc được ảnh.</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditChangeFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Life-cycle: %1</source>
        <translation>Chuyển trạng thái: %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Full-membership date</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi làm việc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Under disciplinary review</source>
        <translation>Đang bị xem xét kỷ luật</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>Ở nước ngoài</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Loại chi bộ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy secretary</source>
        <translation>Phó bí thư</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Lập ngày</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Probationary cell</source>
        <translation>Chi bộ nơi dự bị</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Visits relatives</source>
        <translation>Thăm thân nhân</translation>
    </message>
    <message>
        <source>Delegation size</source>
        <translation>Số người trong đoàn</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Approving committee</source>
        <translation>Cấp ủy duyệt</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Ngày duyệt</translation>
    </message>
    <message>
        <source>Political-standard conclusion</source>
        <translation>Kết luận tiêu chuẩn chính trị</translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation>Ngày đi dự kiến</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ngày về</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Party activity</source>
        <translation>Sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Hình thức sinh hoạt</translation>
    </message>
    <message>
        <source>Overseas cell</source>
        <translation>Chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Transfer letter out</source>
        <translation>Giấy giới thiệu sinh hoạt đảng khi đi</translation>
    </message>
    <message>
        <source>Transfer letter back</source>
        <translation>Giấy giới thiệu sinh hoạt đảng khi về</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Departed without approval</source>
        <translation>Đi khi chưa được duyệt</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>Mất liên lạc từ</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Ngày hủy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Did not return, as of</source>
        <translation>Ở lại không về, tính từ</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>Hết thời hạn dự bị</translation>
    </message>
    <message>
        <source>Decision on full membership</source>
        <translation>Quyết định công nhận chính thức</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Số hiệu quyết định</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Ngày sự kiện</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Phiên bản bảng quy tắc</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Cell&apos;s opinion</source>
        <translation>Ý kiến chi bộ</translation>
    </message>
    <message>
        <source>Committee&apos;s opinion</source>
        <translation>Ý kiến của cấp ủy</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>Quyết định của cấp ủy</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Issuing committee</source>
        <translation>Cấp ủy cấp</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Register year</source>
        <translation>Năm đăng ký</translation>
    </message>
    <message>
        <source>Register sequence</source>
        <translation>Số thứ tự đăng ký</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Đơn vị nhận</translation>
    </message>
    <message>
        <source>Receiving unit (as written)</source>
        <translation>Đơn vị nhận (như ghi)</translation>
    </message>
    <message>
        <source>Dues paid up to</source>
        <translation>Đã đóng đảng phí đến</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>New planned return</source>
        <translation>Ngày về dự kiến mới</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Nơi đến</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Kinh phí do</translation>
    </message>
    <message>
        <source>Travel companions</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <source>Relatives abroad</source>
        <translation>Thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>Takes no classified documents</source>
        <translation>Không mang tài liệu mật</translation>
    </message>
    <message>
        <source>Reporting duties acknowledged</source>
        <translation>Đã nắm nghĩa vụ báo cáo</translation>
    </message>
    <message>
        <source>Work done and results</source>
        <translation>Công việc và kết quả</translation>
    </message>
    <message>
        <source>Contacts with foreigners</source>
        <translation>Quan hệ với người nước ngoài</translation>
    </message>
    <message>
        <source>Gifts, awards or titles offered</source>
        <translation>Quà tặng, giải thưởng, danh hiệu được trao</translation>
    </message>
    <message>
        <source>Invitations to foreign organisations</source>
        <translation>Lời mời tham gia tổ chức nước ngoài</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự việc phát sinh</translation>
    </message>
    <message>
        <source>Own assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Về việc</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>Mã định danh bản ghi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Đã ghi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Đã tạo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã bỏ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Cell code</source>
        <translation>Mã chi bộ</translation>
    </message>
    <message>
        <source>Cell identifier</source>
        <translation>Mã định danh chi bộ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Last change acknowledged</source>
        <translation>Thay đổi cuối đã xác nhận</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <source>First package</source>
        <translation>Gói đầu tiên</translation>
    </message>
    <message>
        <source>Records adopted</source>
        <translation>Số bản ghi tiếp nhận</translation>
    </message>
    <message>
        <source>Laptops to tell</source>
        <translation>Máy cần báo</translation>
    </message>
    <message>
        <source>Entries removed</source>
        <translation>Số mục đã bỏ</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Keys deleted</source>
        <translation>Số khóa đã xóa</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Khóa mã hóa</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Mã định danh khóa</translation>
    </message>
    <message>
        <source>Row number</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>Giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Bảng quy tắc</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Ô khóa</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Exchange partner</source>
        <translation>Bên trao đổi</translation>
    </message>
    <message>
        <source>Exchange identity</source>
        <translation>Danh tính trao đổi</translation>
    </message>
    <message>
        <source>Exchange key access</source>
        <translation>Quyền dùng khóa trao đổi</translation>
    </message>
    <message>
        <source>Exchange mode</source>
        <translation>Chế độ trao đổi</translation>
    </message>
    <message>
        <source>Exchange package</source>
        <translation>Gói trao đổi</translation>
    </message>
    <message>
        <source>Exchange conflict</source>
        <translation>Xung đột trao đổi</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Pending secretary</source>
        <translation>Bí thư chờ đăng ký</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Đã đổi mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase reset</source>
        <translation>Đã đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Mở bằng khóa khôi phục</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>Đã thay khóa</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Đã cài đặt</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Đã kích hoạt</translation>
    </message>
    <message>
        <source>Signatures begin</source>
        <translation>Bắt đầu ký</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>Đã rút gọn</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Đã cấp quyền</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Thu hồi quyền truy cập</translation>
    </message>
    <message>
        <source>Resealed</source>
        <translation>Đã niêm phong lại</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Đã đổi khóa</translation>
    </message>
    <message>
        <source>Home keys set</source>
        <translation>Đã đặt khóa trong nước</translation>
    </message>
    <message>
        <source>Home keys announced</source>
        <translation>Đã thông báo khóa trong nước</translation>
    </message>
    <message>
        <source>Field database created</source>
        <translation>Đã tạo cơ sở dữ liệu ở nước ngoài</translation>
    </message>
    <message>
        <source>Field mode</source>
        <translation>Chế độ ở nước ngoài</translation>
    </message>
    <message>
        <source>Own key rotated</source>
        <translation>Đã đổi khóa của mình</translation>
    </message>
    <message>
        <source>Key issued</source>
        <translation>Đã cấp khóa</translation>
    </message>
    <message>
        <source>Removed from the exchange</source>
        <translation>Đã rút khỏi trao đổi</translation>
    </message>
    <message>
        <source>Demonstration data generated</source>
        <translation>Đã tạo dữ liệu minh họa</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>chưa giải quyết</translation>
    </message>
    <message>
        <source>home&apos;s version kept</source>
        <translation>giữ bản trong nước</translation>
    </message>
    <message>
        <source>cell&apos;s version taken</source>
        <translation>lấy bản của chi bộ</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>chi bộ</translation>
    </message>
    <message>
        <source>postings</source>
        <translation>đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet: %1</source>
        <translation>Nhập từ bảng tính: %1</translation>
    </message>
    <message>
        <source>Exported to a spreadsheet: %1</source>
        <translation>Xuất ra bảng tính: %1</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Đã giải quyết xung đột: %1</translation>
    </message>
    <message>
        <source>Due date changed</source>
        <translation>Đã đổi hạn nộp</translation>
    </message>
    <message>
        <source>Decision on full membership recorded</source>
        <translation>Đã ghi quyết định công nhận chính thức</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Transfer letter linked</source>
        <translation>Đã gắn giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Installed from an exchange package</source>
        <translation>Đã cài từ gói trao đổi</translation>
    </message>
    <message>
        <source>Applied again from an exchange package</source>
        <translation>Đã áp dụng lại từ gói trao đổi</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>orec::gui::AuditLogScreen</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>Không kiểm tra được nhật ký kiểm tra: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: all %n row(s) verify, none was removed or altered.</source>
        <translation>
            <numerusform>✔ Nhật ký kiểm tra nguyên vẹn: cả %n dòng đều xác minh hợp lệ, không dòng nào bị xóa hoặc sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ The audit log was tampered with: %1</source>
        <translation>✘ Nhật ký kiểm tra đã bị can thiệp: %1</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Không có mục nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Choose an entry to see what changed.</source>
        <translation>Chọn một mục để xem nội dung thay đổi.</translation>
    </message>
    <message>
        <source>%1 “%2”: %3 by %4 at %5</source>
        <translation>%1 “%2”: %3 bởi %4 lúc %5</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>Đã ghi danh sách vào %1.</translation>
    </message>
    <message>
        <source>audit-log</source>
        <comment>file name</comment>
        <translation>nhật-ký-kiểm-tra</translation>
    </message>
</context>
<context>
    <name>orec::gui::BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>orec::gui::CellsScreen</name>
    <message numerus="yes">
        <source>%1 — %n cell(s)</source>
        <translation>
            <numerusform>%1 — %n chi bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Members abroad in this country now, in a cell or not</source>
        <translation>Đảng viên hiện ở nước này, đã hoặc chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (không còn hoạt động)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overseas cell(s) in %1 countries</source>
        <translation>
            <numerusform>%Ln chi bộ ở nước ngoài tại %1 nước</numerusform>
        </translation>
    </message>
    <message>
        <source>(none appointed)</source>
        <translation>(chưa chỉ định)</translation>
    </message>
</context>
<context>
    <name>orec::gui::ChangePassphraseDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>orec::gui::CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The check verifies that the file is sound, that the audit log is unbroken and signed by users entitled to each change, and that every record is what its last audit entry says. A change made behind the program&apos;s back is named by its table and row.</source>
        <translation>Việc kiểm tra xác minh tệp còn nguyên vẹn, nhật ký kiểm tra không bị đứt đoạn và mỗi thay đổi được ký bởi người dùng có quyền, và mọi bản ghi đúng như dòng nhật ký kiểm tra cuối cùng của nó. Thay đổi nào được thực hiện không qua chương trình sẽ được nêu rõ kèm tên bảng và dòng.</translation>
    </message>
    <message>
        <source>Kind of check</source>
        <translation>Loại kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Quick check: the file&apos;s structure, the audit log and every record (every day)</source>
        <translation>Kiểm tra &amp;nhanh: cấu trúc tệp, nhật ký kiểm tra và mọi bản ghi (hằng ngày)</translation>
    </message>
    <message>
        <source>&amp;Full check: also every page&apos;s contents and every link between records (takes longer)</source>
        <translation>&amp;Kiểm tra đầy đủ: thêm nội dung từng trang và mọi liên kết giữa các bản ghi (lâu hơn)</translation>
    </message>
    <message>
        <source>optional, e.g. 1234-ABCDE-FGHJK-LMNPQ-RSTUV</source>
        <translation>không bắt buộc, ví dụ 1234-ABCDE-FGHJK-LMNPQ-RSTUV</translation>
    </message>
    <message>
        <source>Check&amp;point from the paper records:</source>
        <translation>Điểm đối &amp;chiếu trong hồ sơ giấy:</translation>
    </message>
    <message>
        <source>What the check finds is listed here, by table and row.</source>
        <translation>Kết quả kiểm tra được liệt kê tại đây, theo bảng và dòng.</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Bắt đầu kiểm tra</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Checking the file&apos;s pages…</source>
        <translation>Đang kiểm tra các trang của tệp…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Verifying the audit log and the records: %1 of %2…</source>
        <translation>Đang xác minh nhật ký kiểm tra và các bản ghi: %1 / %2…</translation>
    </message>
    <message>
        <source>The check was stopped after %1 s; nothing was concluded.</source>
        <translation>Đã dừng kiểm tra sau %1 giây; chưa đưa ra kết luận nào.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Không chạy được việc kiểm tra: %1</translation>
    </message>
    <message>
        <source>✔ The register is sound (%1 s).</source>
        <translation>✔ Cơ sở dữ liệu nguyên vẹn (%1 giây).</translation>
    </message>
    <message>
        <source>✘ The check found problems: nothing can be changed in this register until a backup that passes the check is restored. Tell your administrator and keep this list (%1 s).</source>
        <translation>✘ Việc kiểm tra phát hiện sự cố: không thể thay đổi gì trong cơ sở dữ liệu này cho đến khi khôi phục một bản sao lưu vượt qua kiểm tra. Hãy báo cho quản trị viên và giữ lại danh sách này (%1 giây).</translation>
    </message>
    <message>
        <source>A checkpoint code written down earlier (File → Audit checkpoint…): the check then also proves that no history since that code was cut back or rewritten.</source>
        <translation>Mã điểm đối chiếu đã ghi lại trước đây (Tệp → Điểm đối chiếu nhật ký…): khi đó việc kiểm tra còn chứng minh rằng lịch sử kể từ mã đó không bị cắt bớt hoặc viết lại.</translation>
    </message>
    <message>
        <source>“%1” is not a checkpoint code: it looks like 1234-ABCDE-FGHJK-LMNPQ-RSTUV, as File → Audit checkpoint… or `orec audit checkpoint` prints it.</source>
        <translation>“%1” không phải mã điểm đối chiếu: mã có dạng 1234-ABCDE-FGHJK-LMNPQ-RSTUV, như Tệp → Điểm đối chiếu nhật ký… hoặc `orec audit checkpoint` in ra.</translation>
    </message>
</context>
<context>
    <name>orec::gui::CommitteeLevelsDialog</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Cấp ủy</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>orec::gui::DashboardScreen</name>
    <message>
        <source>Right-click to save the chart as a picture</source>
        <translation>Bấm chuột phải để lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ thành PNG…</translation>
    </message>
    <message>
        <source>Print the statistical report…</source>
        <translation>In báo cáo thống kê…</translation>
    </message>
    <message>
        <source>Print the statistical report with this chart…</source>
        <translation>In báo cáo thống kê kèm biểu đồ này…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
    <message>
        <source>members in the register</source>
        <translation>đảng viên trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>abroad now</source>
        <translation>đang ở nước ngoài</translation>
    </message>
    <message>
        <source>overdue to return</source>
        <translation>quá hạn về nước</translation>
    </message>
    <message>
        <source>lost contact</source>
        <translation>mất liên lạc</translation>
    </message>
    <message>
        <source>reports overdue</source>
        <translation>báo cáo quá hạn</translation>
    </message>
    <message>
        <source>reports due in 14 days</source>
        <translation>báo cáo đến hạn trong 14 ngày</translation>
    </message>
    <message>
        <source>probation ends within 30 days</source>
        <translation>hết thời hạn dự bị trong 30 ngày</translation>
    </message>
    <message>
        <source>Opens the list of probationary members</source>
        <translation>Mở danh sách đảng viên dự bị</translation>
    </message>
    <message>
        <source>departures without approval</source>
        <translation>đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Abroad now, by country (the %1 largest)</source>
        <translation>Đang ở nước ngoài, theo nước (%1 nước nhiều nhất)</translation>
    </message>
    <message>
        <source>Members abroad</source>
        <translation>Đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>Abroad now, by cell type</source>
        <translation>Đang ở nước ngoài, theo loại chi bộ</translation>
    </message>
    <message>
        <source>Not in an overseas cell</source>
        <translation>Chưa sinh hoạt tại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Departures and returns per month, last two years</source>
        <translation>Số lượt đi và về nước theo tháng, hai năm gần nhất</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Lượt đi</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Lượt về nước</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ thành PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>The chart was saved to %1.</source>
        <translation>Đã lưu biểu đồ vào %1.</translation>
    </message>
</context>
<context>
    <name>orec::gui::DateLineEdit</name>
    <message>
        <source>Pick from a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <source>Read as %1, %2</source>
        <translation>Đọc là %1, %2</translation>
    </message>
</context>
<context>
    <name>orec::gui::DocumentRegisterDialog</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint %1</source>
        <translation>In lại %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reprint failed</source>
        <translation>Không in lại được</translation>
    </message>
    <message>
        <source>document-register</source>
        <comment>file name</comment>
        <translation>so-van-ban-di</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>number or words of the title</source>
        <translation>số hoặc từ trong trích yếu</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tất cả các năm</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>tất cả các loại</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;In lại…</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>In &amp;danh sách…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>orec::gui::DossierTabs</name>
    <message>
        <source>Abroad now</source>
        <translation>Đang ở nước ngoài</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Đã qua</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, quá hạn từ %2</translation>
    </message>
    <message>
        <source>Departed without approval: to be reported to the committee.</source>
        <translation>Đi nước ngoài khi chưa được phê duyệt: phải báo cáo cấp ủy.</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>(no overseas cell recorded)</source>
        <translation>(chưa ghi nhận chi bộ ở nước ngoài)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::EditorDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Throw them away?</source>
        <translation>Có thay đổi chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
    <message>
        <source>Unsaved changes restored after the lock. Check them, then save.</source>
        <translation>Đã khôi phục các thay đổi chưa lưu sau khi khóa. Hãy kiểm tra lại rồi lưu.</translation>
    </message>
</context>
<context>
    <name>orec::gui::EnrolmentCodeDialog</name>
    <message>
        <source>&lt;b&gt;Enrolment code for %1&lt;/b&gt;, secretary of cell %2 — %3:</source>
        <translation>&lt;b&gt;Mã ghi danh cho %1&lt;/b&gt;, bí thư chi bộ %2 — %3:</translation>
    </message>
    <message>
        <source>the new secretary</source>
        <translation>bí thư mới</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExchangeActions</name>
    <message>
        <source>There are no overseas cells in the register.</source>
        <translation>Cơ sở dữ liệu chưa có chi bộ ở nước ngoài nào.</translation>
    </message>
    <message>
        <source>Overseas cell:</source>
        <translation>Chi bộ ở nước ngoài:</translation>
    </message>
    <message>
        <source>Export a cell package</source>
        <translation>Xuất gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Gói Hồ sơ đảng viên ở nước ngoài (*.orecpkg)</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Chưa ghi được gói</translation>
    </message>
    <message>
        <source>Package number %1 for the cell %2 was written to %3.
%4 member(s), %5 posting(s), %6 report(s).</source>
        <translation>Đã ghi gói số %1 gửi cho chi bộ %2 vào %3.
%4 đảng viên, %5 đợt ra nước ngoài, %6 báo cáo.</translation>
    </message>
    <message>
        <source>This is the first package: the secretary opens it with the enrolment code given to them in person.</source>
        <translation>Đây là gói đầu tiên: bí thư mở gói bằng mã ghi danh đã được trao trực tiếp.</translation>
    </message>
    <message>
        <source>It can be opened only on the secretary&apos;s laptop (key %1).</source>
        <translation>Gói chỉ mở được trên máy tính xách tay của bí thư (khóa %1).</translation>
    </message>
    <message>
        <source>Cell package written</source>
        <translation>Đã ghi gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>Cell package written to %1.</source>
        <translation>Đã ghi gói gửi cho chi bộ vào %1.</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Gói bị từ chối</translation>
    </message>
    <message>
        <source>Package imported from %1.</source>
        <translation>Đã nhập gói từ %1.</translation>
    </message>
    <message>
        <source>Enrol a cell secretary</source>
        <translation>Ghi danh bí thư chi bộ</translation>
    </message>
    <message>
        <source>Name of the secretary (as it will be shown with their key):</source>
        <translation>Họ tên bí thư (như sẽ hiển thị kèm khóa):</translation>
    </message>
    <message>
        <source>Secretary not enrolled</source>
        <translation>Chưa ghi danh được bí thư</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Mã ghi danh</translation>
    </message>
    <message>
        <source>Enrolment code for %1 (cell %2):

    %3

Give it to the secretary in person or read it out by phone; never send it with the package. It is shown only now.</source>
        <translation>Mã ghi danh cho %1 (chi bộ %2):

    %3

Hãy trao mã trực tiếp cho bí thư hoặc đọc qua điện thoại; không bao giờ gửi mã kèm gói. Mã chỉ hiển thị lần này.</translation>
    </message>
    <message>
        <source>Install a package from home</source>
        <translation>Áp dụng gói từ trong nước</translation>
    </message>
    <message>
        <source>Package not installed</source>
        <translation>Chưa áp dụng được gói</translation>
    </message>
    <message>
        <source>Package already installed</source>
        <translation>Gói đã được áp dụng</translation>
    </message>
    <message>
        <source>Home&apos;s package %1 was installed before; nothing changed.</source>
        <translation>Gói %1 từ trong nước đã được áp dụng trước đó; không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Home&apos;s package %1 is installed: %n record(s) written or updated</source>
        <translation>
            <numerusform>Đã áp dụng gói %1 từ trong nước: %n bản ghi được ghi mới hoặc cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n that left the cell at home removed</source>
        <translation>
            <numerusform>, xóa %n bản ghi không còn thuộc chi bộ theo cơ sở dữ liệu trong nước</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s packages %1 to %2 never arrived here; this one holds everything they held.</source>
        <translation>Chưa nhận được các gói từ %1 đến %2 từ trong nước; gói này chứa toàn bộ nội dung của các gói đó.</translation>
    </message>
    <message>
        <source>Home has applied your changes up to number %1.</source>
        <translation>Trong nước đã áp dụng các thay đổi của bạn đến số %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your change(s) still wait for home; they stay on show here.</source>
        <translation>
            <numerusform>%n thay đổi của bạn vẫn đang chờ trong nước; các thay đổi này vẫn hiển thị ở đây.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change of yours waits for home.</source>
        <translation>Không có thay đổi nào của bạn đang chờ trong nước.</translation>
    </message>
    <message>
        <source>Package installed</source>
        <translation>Đã áp dụng gói</translation>
    </message>
    <message>
        <source>Home&apos;s package %1 installed.</source>
        <translation>Đã áp dụng gói %1 từ trong nước.</translation>
    </message>
    <message>
        <source>Export the return package</source>
        <translation>Xuất gói gửi về</translation>
    </message>
    <message>
        <source>Return package written</source>
        <translation>Đã ghi gói gửi về</translation>
    </message>
    <message numerus="yes">
        <source>Return package number %1 was written to %2 with %n change(s) home has not acknowledged yet.</source>
        <translation>
            <numerusform>Đã ghi gói gửi về số %1 vào %2 với %n thay đổi mà trong nước chưa xác nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to home by any channel: only home can open it, and home will notice any change to it.</source>
        <translation>Gửi gói về trong nước bằng bất kỳ kênh nào: chỉ trong nước mở được gói, và mọi chỉnh sửa đối với gói đều bị phát hiện.</translation>
    </message>
    <message>
        <source>Return package written to %1.</source>
        <translation>Đã ghi gói gửi về vào %1.</translation>
    </message>
    <message>
        <source>%1-return-%2.orecpkg</source>
        <comment>file name</comment>
        <translation>%1-gói-gửi-về-%2.orecpkg</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExchangeLabels</name>
    <message>
        <source>The package cannot be used</source>
        <translation>Không sử dụng được gói</translation>
    </message>
    <message>
        <source>This is not an Overseas Records package</source>
        <translation>Đây không phải gói của Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>The package is incomplete</source>
        <translation>Gói không đầy đủ</translation>
    </message>
    <message>
        <source>The package is larger than it says</source>
        <translation>Gói lớn hơn kích thước khai báo</translation>
    </message>
    <message>
        <source>The package is damaged</source>
        <translation>Gói bị hỏng</translation>
    </message>
    <message>
        <source>The package is about another cell</source>
        <translation>Gói thuộc về chi bộ khác</translation>
    </message>
    <message>
        <source>The package goes the other way</source>
        <translation>Gói bị gửi sai chiều</translation>
    </message>
    <message>
        <source>The sender is not known here</source>
        <translation>Không nhận ra bên gửi</translation>
    </message>
    <message>
        <source>The sender was removed</source>
        <translation>Bên gửi đã bị gỡ bỏ</translation>
    </message>
    <message>
        <source>The package was altered or forged</source>
        <translation>Gói đã bị sửa đổi hoặc giả mạo</translation>
    </message>
    <message>
        <source>The package cannot be opened</source>
        <translation>Không mở được gói</translation>
    </message>
    <message>
        <source>The package&apos;s content is damaged</source>
        <translation>Nội dung gói bị hỏng</translation>
    </message>
    <message>
        <source>The package was imported before</source>
        <translation>Gói đã được nhập trước đó</translation>
    </message>
    <message>
        <source>The package is older than one already imported</source>
        <translation>Gói cũ hơn gói đã nhập</translation>
    </message>
    <message>
        <source>Another package with the same number was imported</source>
        <translation>Đã nhập một gói khác có cùng số</translation>
    </message>
    <message>
        <source>Changes before this package are missing</source>
        <translation>Thiếu các thay đổi trước gói này</translation>
    </message>
    <message>
        <source>Ask the sender to send the file again, by another channel if this one damages files.</source>
        <translation>Hãy đề nghị bên gửi gửi lại tệp, qua kênh khác nếu kênh này làm hỏng tệp.</translation>
    </message>
    <message>
        <source>Do not use this file. Call the sender and ask them to export the package again.</source>
        <translation>Không sử dụng tệp này. Hãy gọi điện cho bên gửi và đề nghị xuất lại gói.</translation>
    </message>
    <message>
        <source>Update Overseas Records on this computer, then import the package again.</source>
        <translation>Hãy cập nhật Hồ sơ đảng viên ở nước ngoài trên máy tính này, rồi nhập lại gói.</translation>
    </message>
    <message>
        <source>Check that you chose the right file and opened the right database.</source>
        <translation>Hãy kiểm tra đã chọn đúng tệp và mở đúng cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Home imports return packages from cells; a laptop installs cell packages from home.</source>
        <translation>Trong nước nhập gói gửi về từ chi bộ; máy tính xách tay áp dụng gói gửi cho chi bộ từ trong nước.</translation>
    </message>
    <message>
        <source>Only the cell&apos;s registered secretary can send packages. Compare fingerprints by phone under Tools → Keys and fingerprints.</source>
        <translation>Chỉ bí thư đã ghi danh của chi bộ mới gửi được gói. Hãy đối chiếu dấu vân tay khóa qua điện thoại tại Công cụ → Khóa và dấu vân tay.</translation>
    </message>
    <message>
        <source>Ask the sender for their newest package: it carries every change not yet acknowledged.</source>
        <translation>Hãy đề nghị bên gửi gửi gói mới nhất: gói đó mang mọi thay đổi chưa được xác nhận.</translation>
    </message>
    <message>
        <source>waiting for the laptop&apos;s first package</source>
        <translation>đang chờ gói đầu tiên từ máy tính xách tay</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã gỡ bỏ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <source>Cell secretary</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <source>The package is in a format this program does not read</source>
        <translation>Gói có định dạng mà chương trình này không đọc được</translation>
    </message>
    <message>
        <source>No key of this database opens the package</source>
        <translation>Không khóa nào của cơ sở dữ liệu này mở được gói</translation>
    </message>
    <message>
        <source>The sender&apos;s database went back to an older state</source>
        <translation>Cơ sở dữ liệu của bên gửi đã quay lui về trạng thái cũ hơn</translation>
    </message>
    <message>
        <source>Do not use this package. Call the sender: their database was put back from an older copy or replaced, and what was recorded since may be lost or hidden. Tell the committee.</source>
        <translation>Không sử dụng gói này. Hãy gọi điện cho bên gửi: cơ sở dữ liệu của họ đã được khôi phục từ một bản cũ hơn hoặc đã bị thay thế, và những gì ghi nhận từ đó đến nay có thể bị mất hoặc bị che giấu. Hãy báo cáo cấp ủy.</translation>
    </message>
</context>
<context>
    <name>orec::gui::ExportCellPackageDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>There are no active overseas cells in the register.</source>
        <translation>Cơ sở dữ liệu không có chi bộ ở nước ngoài nào đang hoạt động.</translation>
    </message>
    <message>
        <source>No secretary is enrolled for this cell. Enrol one first under Tools → Cell secretaries…</source>
        <translation>Chi bộ này chưa có bí thư được ghi danh. Hãy ghi danh trước tại Công cụ → Bí thư chi bộ…</translation>
    </message>
    <message>
        <source>The first package for %1: it opens only with the enrolment code that was handed to them.</source>
        <translation>Gói đầu tiên cho %1: gói chỉ mở được bằng mã ghi danh đã trao cho người đó.</translation>
    </message>
    <message>
        <source>the new secretary</source>
        <translation>bí thư mới</translation>
    </message>
    <message>
        <source>Encrypted to the laptop of %1, fingerprint &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>Được mã hóa cho máy tính xách tay của %1, dấu vân tay khóa &lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Save the cell package</source>
        <translation>Lưu gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Gói Hồ sơ đảng viên ở nước ngoài (*.orecpkg)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 đã tồn tại. Thay thế tệp này?</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Chưa ghi được gói</translation>
    </message>
</context>
<context>
    <name>orec::gui::FieldSetupDialog</name>
    <message>
        <source>Open the cell package</source>
        <translation>Mở gói gửi cho chi bộ</translation>
    </message>
    <message>
        <source>Overseas Records packages (*.orecpkg)</source>
        <translation>Gói Hồ sơ đảng viên ở nước ngoài (*.orecpkg)</translation>
    </message>
    <message>
        <source>Save the field database</source>
        <translation>Lưu cơ sở dữ liệu ở nước ngoài</translation>
    </message>
    <message>
        <source>Overseas Records databases (*.orec)</source>
        <translation>Cơ sở dữ liệu Hồ sơ đảng viên ở nước ngoài (*.orec)</translation>
    </message>
    <message>
        <source>Choose the cell package home sent you.</source>
        <translation>Hãy chọn gói gửi cho chi bộ mà trong nước đã gửi cho bạn.</translation>
    </message>
    <message>
        <source>Choose where to save the field database.</source>
        <translation>Hãy chọn nơi lưu cơ sở dữ liệu ở nước ngoài.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another file: the set-up never overwrites a database.</source>
        <translation>%1 đã tồn tại. Hãy chọn tệp khác: việc cài đặt không bao giờ ghi đè cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Nhập tên người dùng.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The field database of cell %1 — %2 was created&lt;/b&gt; with %n member(s). It holds this cell only and is encrypted with your passphrase.</source>
        <translation>
            <numerusform>&lt;b&gt;Đã tạo cơ sở dữ liệu ở nước ngoài của chi bộ %1 — %2&lt;/b&gt; với %n đảng viên. Cơ sở dữ liệu chỉ chứa chi bộ này và được mã hóa bằng mật khẩu của bạn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::FieldStatusDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: home did not apply it.</source>
        <translation>Bị từ chối: trong nước không áp dụng.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Đã áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>the other %n field(s) applied</source>
        <translation>
            <numerusform>%n trường còn lại đã được áp dụng</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>đã áp dụng</translation>
    </message>
    <message>
        <source>already so at home</source>
        <translation>trong nước đã như vậy</translation>
    </message>
    <message>
        <source>home kept its value</source>
        <translation>trong nước giữ giá trị của mình</translation>
    </message>
    <message>
        <source>your value was taken</source>
        <translation>giá trị của bạn đã được lấy</translation>
    </message>
    <message>
        <source>edited at home</source>
        <translation>đã sửa ở trong nước</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>Status of my changes — cell %1</source>
        <translation>Tình trạng các thay đổi của tôi — chi bộ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cell %1.&lt;/b&gt; Home&apos;s package %2 is installed on this laptop.</source>
        <translation>&lt;b&gt;Chi bộ %1.&lt;/b&gt; Gói %2 từ trong nước đã được áp dụng trên máy tính xách tay này.</translation>
    </message>
    <message>
        <source>You have not sent a return package yet.</source>
        <translation>Bạn chưa gửi gói gửi về nào.</translation>
    </message>
    <message numerus="yes">
        <source>You sent %n return package(s); home has not acknowledged any yet.</source>
        <translation>
            <numerusform>Bạn đã gửi %n gói gửi về; trong nước chưa xác nhận gói nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>You sent %1 return package(s); home applied them up to your package %2 (change %3).</source>
        <translation>Bạn đã gửi %1 gói gửi về; trong nước đã áp dụng đến gói %2 của bạn (thay đổi %3).</translation>
    </message>
    <message>
        <source>Home has not registered this laptop&apos;s keys yet: compare the fingerprints by phone.</source>
        <translation>Trong nước chưa đăng ký khóa của máy tính xách tay này: hãy đối chiếu dấu vân tay khóa qua điện thoại.</translation>
    </message>
    <message>
        <source>in package %1</source>
        <translation>trong gói %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <source>Nothing waits for home: every change recorded here has reached home.</source>
        <translation>Không có gì đang chờ trong nước: mọi thay đổi ghi nhận ở đây đã về đến trong nước.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded here have not reached home yet</source>
        <translation>
            <numerusform>%n thay đổi ghi nhận ở đây chưa về đến trong nước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not sent in any package: export a return package).</source>
        <translation>
            <numerusform>(%n thay đổi chưa gửi trong gói nào: hãy xuất gói gửi về).</numerusform>
        </translation>
    </message>
    <message>
        <source>Home&apos;s last package did not report on any of your changes yet.</source>
        <translation>Gói gần nhất từ trong nước chưa phản hồi về thay đổi nào của bạn.</translation>
    </message>
    <message>
        <source>What home&apos;s last package (number %1) says it did with your changes, which have reached home:</source>
        <translation>Kết quả xử lý các thay đổi đã về đến trong nước của bạn, theo gói gần nhất từ trong nước (số %1):</translation>
    </message>
    <message>
        <source>Home&apos;s fingerprint: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;This laptop&apos;s fingerprint: &lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Dấu vân tay khóa của cơ sở dữ liệu trong nước: &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Dấu vân tay khóa của máy tính xách tay này: &lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa biết</translation>
    </message>
</context>
<context>
    <name>orec::gui::FilterBar</name>
    <message numerus="yes">
        <source> — %n filter(s) active</source>
        <translation>
            <numerusform> — đang áp dụng %n bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear these filters</source>
        <translation>Xóa các bộ lọc này</translation>
    </message>
    <message>
        <source>Shows the whole list again; a search typed stays</source>
        <translation>Hiện lại toàn bộ danh sách; nội dung tìm kiếm đã nhập vẫn được giữ</translation>
    </message>
    <message numerus="yes">
        <source>Nothing shown with %n filter(s) active: %1</source>
        <translation>
            <numerusform>Không có kết quả với %n bộ lọc đang áp dụng: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered by %1</source>
        <translation>Lọc theo %1</translation>
    </message>
</context>
<context>
    <name>orec::gui::ImportPackageDialog</name>
    <message>
        <source>Import the package of cell %1</source>
        <translation>Nhập gói của chi bộ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Made on %4 by the laptop with fingerprint &lt;tt&gt;%5&lt;/tt&gt;. Nothing changes at home until you apply it.</source>
        <translation>&lt;b&gt;Gói gửi về %1 từ chi bộ %2 — %3&lt;/b&gt;&lt;br&gt;Được tạo ngày %4 trên máy tính xách tay có dấu vân tay khóa &lt;tt&gt;%5&lt;/tt&gt;. Dữ liệu trong nước chưa thay đổi cho đến khi bạn áp dụng gói.</translation>
    </message>
    <message>
        <source>This package was imported before: applying it again changes nothing.</source>
        <translation>Gói này đã được nhập trước đó: áp dụng lại không thay đổi gì.</translation>
    </message>
    <message>
        <source>Packages %1 to %2 from this cell never arrived; this one carries their changes too, so nothing is lost.</source>
        <translation>Chưa nhận được các gói từ %1 đến %2 của chi bộ này; gói này cũng mang các thay đổi của các gói đó nên không mất dữ liệu nào.</translation>
    </message>
    <message>
        <source>The package holds no change that home has not applied already.</source>
        <translation>Gói không có thay đổi nào mà trong nước chưa áp dụng.</translation>
    </message>
    <message>
        <source>Applies the package and rolls everything back: shows what would be written and whether the register accepts it.</source>
        <translation>Áp dụng gói rồi hoàn tác toàn bộ: cho biết những gì sẽ được ghi và cơ sở dữ liệu có chấp nhận hay không.</translation>
    </message>
    <message>
        <source>member&apos;s own record</source>
        <translation>bản ghi của chính đảng viên</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (mới)</translation>
    </message>
    <message>
        <source>%1, recorded by %2 on %3</source>
        <translation>%1, do %2 ghi nhận ngày %3</translation>
    </message>
    <message>
        <source>(no record yet)</source>
        <translation>(chưa có bản ghi)</translation>
    </message>
    <message>
        <source>Changed at home by %1 on %2</source>
        <translation>%1 đã sửa ở trong nước ngày %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>bị từ chối: %1</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>sẽ được thêm</translation>
    </message>
    <message>
        <source>will be applied</source>
        <translation>sẽ được áp dụng</translation>
    </message>
    <message>
        <source>home already has it</source>
        <translation>trong nước đã có</translation>
    </message>
    <message>
        <source>refused: not the secretary&apos;s to change</source>
        <translation>bị từ chối: bí thư không có quyền sửa</translation>
    </message>
    <message>
        <source>CONFLICT: decide below</source>
        <translation>XUNG ĐỘT: quyết định ở bên dưới</translation>
    </message>
    <message>
        <source>conflict: home&apos;s value kept</source>
        <translation>xung đột: giữ giá trị trong nước</translation>
    </message>
    <message>
        <source>conflict: the cell&apos;s value taken</source>
        <translation>xung đột: lấy giá trị của chi bộ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>conflict: edited to “%1”</source>
        <translation>xung đột: sửa thành “%1”</translation>
    </message>
    <message>
        <source>posting of %1 (%2)</source>
        <translation>đợt ra nước ngoài của %1 (%2)</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>đảng viên không xác định</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>Thay đổi được chọn</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>(a new record)</source>
        <translation>(bản ghi mới)</translation>
    </message>
    <message>
        <source>changed at home by %1 on %2</source>
        <translation>%1 đã sửa ở trong nước ngày %2</translation>
    </message>
    <message>
        <source>recorded in the cell by %1 on %2</source>
        <translation>%1 ghi nhận tại chi bộ ngày %2</translation>
    </message>
    <message>
        <source>Both home and the cell changed this field since the cell&apos;s last package from home.</source>
        <translation>Cả trong nước và chi bộ đều đã sửa trường này kể từ gói gần nhất trong nước gửi cho chi bộ.</translation>
    </message>
    <message>
        <source>It points to another record, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</source>
        <translation>Trường này trỏ tới một bản ghi khác nên không nhập tay được: hãy giữ giá trị trong nước hoặc lấy giá trị của chi bộ, rồi sửa trong cơ sở dữ liệu sau nếu cả hai đều không đúng.</translation>
    </message>
    <message>
        <source>Its value is chosen from a fixed list, so it is not typed: keep home&apos;s or take the cell&apos;s, and change it in the register afterwards if neither is right.</source>
        <translation>Giá trị của trường này được chọn từ danh sách cố định nên không nhập tay được: hãy giữ giá trị trong nước hoặc lấy giá trị của chi bộ, rồi sửa trong cơ sở dữ liệu sau nếu cả hai đều không đúng.</translation>
    </message>
    <message>
        <source>Keep home&apos;s value, take the cell&apos;s, or type the right one.</source>
        <translation>Giữ giá trị trong nước, lấy giá trị của chi bộ, hoặc nhập giá trị đúng.</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Đã quyết định: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” không phải là ngày.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in the cell</source>
        <translation>
            <numerusform>%n bản ghi được sửa tại chi bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n still to decide&lt;/b&gt;: Apply waits until every one is decided.</source>
        <translation>
            <numerusform>&lt;b&gt;Còn %n xung đột chưa quyết định&lt;/b&gt;: chỉ áp dụng được khi đã quyết định tất cả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide every conflict first.</source>
        <translation>Hãy quyết định mọi xung đột trước.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>Nothing would be written.</source>
        <translation>Sẽ không ghi gì.</translation>
    </message>
    <message>
        <source>The register would refuse this package:</source>
        <translation>Cơ sở dữ liệu sẽ từ chối gói này:</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Dry run, nothing was saved:</source>
        <translation>Chạy thử, chưa lưu gì:</translation>
    </message>
    <message>
        <source>%1 new record(s) and %2 changed, %3 field(s) written, %4 refused.</source>
        <translation>%1 bản ghi mới và %2 bản ghi được sửa, %3 trường được ghi, %4 bị từ chối.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) not decided yet were tried with home&apos;s value.</source>
        <translation>
            <numerusform>%n xung đột chưa quyết định đã được thử với giá trị trong nước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package not applied</source>
        <translation>Chưa áp dụng gói</translation>
    </message>
    <message>
        <source>Nothing was changed at home.</source>
        <translation>Dữ liệu trong nước không thay đổi.</translation>
    </message>
    <message>
        <source>%1 new record(s) and %2 changed; %3 conflict(s) decided and recorded in the audit log; %4 change(s) refused.</source>
        <translation>%1 bản ghi mới và %2 bản ghi được sửa; %3 xung đột đã quyết định và được ghi vào nhật ký kiểm tra; %4 thay đổi bị từ chối.</translation>
    </message>
    <message>
        <source>The laptop with fingerprint %1 is now this cell&apos;s registered secretary.</source>
        <translation>Máy tính xách tay có dấu vân tay khóa %1 nay là máy của bí thư đã ghi danh của chi bộ này.</translation>
    </message>
    <message>
        <source>Home&apos;s next cell package tells the secretary what became of each change.</source>
        <translation>Gói tiếp theo trong nước gửi cho chi bộ sẽ cho bí thư biết kết quả xử lý từng thay đổi.</translation>
    </message>
    <message>
        <source>Package applied</source>
        <translation>Đã áp dụng gói</translation>
    </message>
    <message>
        <source>Decisions not applied</source>
        <translation>Các quyết định chưa được áp dụng</translation>
    </message>
    <message>
        <source>You decided conflicts but did not apply the package. Close and throw the decisions away?</source>
        <translation>Bạn đã quyết định các xung đột nhưng chưa áp dụng gói. Đóng và bỏ các quyết định này?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return package %1 from cell %2 — %3&lt;/b&gt;&lt;br&gt;Imported before, from the laptop with fingerprint &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Gói gửi về %1 từ chi bộ %2 — %3&lt;/b&gt;&lt;br&gt;Đã được nhập trước đó, từ máy tính xách tay có dấu vân tay khóa &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>orec::gui::ImportPreviewModel</name>
    <message>
        <source>This column is not imported.</source>
        <translation>Cột này không được nhập.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<context>
    <name>orec::gui::IssueTransferDialog</name>
    <message>
        <source>The number is given by the committee&apos;s transfer register (10-SHĐ) when the letter is issued.</source>
        <translation>Số đăng ký được lấy theo sổ giới thiệu sinh hoạt đảng (10-SHĐ) của cấp ủy khi cấp giấy.</translation>
    </message>
    <message>
        <source>Issue a transfer letter out</source>
        <translation>Cấp giấy giới thiệu sinh hoạt đảng chuyển đi</translation>
    </message>
    <message>
        <source>Issue a transfer letter back</source>
        <translation>Cấp giấy giới thiệu sinh hoạt đảng chuyển về</translation>
    </message>
    <message>
        <source>Letter out: the member&apos;s party activity moves to the unit abroad.</source>
        <translation>Giấy chuyển đi: sinh hoạt đảng của đảng viên chuyển sang tổ chức đảng ở nước ngoài.</translation>
    </message>
    <message>
        <source>Letter back: the member&apos;s party activity returns to the home unit.</source>
        <translation>Giấy chuyển về: sinh hoạt đảng của đảng viên trở về đơn vị sinh hoạt trong nước.</translation>
    </message>
    <message>
        <source>(not in the register: type the name below)</source>
        <translation>(không có trong cơ sở dữ liệu: nhập tên ở dưới)</translation>
    </message>
    <message>
        <source>The issue date is not a date (dd/MM/yyyy).</source>
        <translation>Ngày cấp không phải là ngày hợp lệ (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>“Dues paid up to” is not a date (dd/MM/yyyy).</source>
        <translation>“Đã đóng đảng phí đến hết tháng” không phải là ngày hợp lệ (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>Cấ&amp;p giấy</translation>
    </message>
    <message>
        <source>Letter no. %1 issued.</source>
        <translation>Đã cấp giấy số %1.</translation>
    </message>
</context>
<context>
    <name>orec::gui::KeysDialog</name>
    <message>
        <source>This laptop&apos;s fingerprint (field database of cell %1):</source>
        <translation>Dấu vân tay khóa của máy tính xách tay này (cơ sở dữ liệu ở nước ngoài của chi bộ %1):</translation>
    </message>
    <message>
        <source>This home database&apos;s fingerprint:</source>
        <translation>Dấu vân tay khóa của cơ sở dữ liệu trong nước này:</translation>
    </message>
    <message>
        <source>The home this laptop trades packages with:</source>
        <translation>Cơ sở dữ liệu trong nước mà máy tính xách tay này trao đổi gói:</translation>
    </message>
    <message>
        <source>The cell secretaries&apos; laptops home knows:</source>
        <translation>Máy tính xách tay của các bí thư chi bộ mà trong nước đã biết:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>No cell secretary is enrolled yet.</source>
        <translation>Chưa ghi danh bí thư chi bộ nào.</translation>
    </message>
    <message>
        <source>Home&apos;s exchange keys are not made yet: an administrator who signs as home makes them (Tools › Keys and fingerprints, or enrolling the first cell secretary).</source>
        <translation>Chưa tạo khóa trao đổi của cơ sở dữ liệu trong nước: quản trị viên có quyền ký thay mặt trong nước sẽ tạo các khóa này (Công cụ › Khóa và dấu vân tay, hoặc khi ghi danh bí thư chi bộ đầu tiên).</translation>
    </message>
</context>
<context>
    <name>orec::gui::MainWindow</name>
    <message>
        <source>Overseas Records — %1</source>
        <translation>Hồ sơ đảng viên ở nước ngoài — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Khóa &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Tự khóa sau %1:%2</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Overseas Records backups (*.orecbak)</source>
        <translation>Bản sao lưu Hồ sơ đảng viên ở nước ngoài (*.orecbak)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Passphrase not changed</source>
        <translation>Chưa đổi được mật khẩu</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Overseas cells</source>
        <translation>Chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Cài đặ&amp;t…</translation>
    </message>
    <message>
        <source>&amp;About Overseas Records</source>
        <translation>&amp;Giới thiệu Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>About Overseas Records</source>
        <translation>Giới thiệu Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>Overseas Records %1
Records of party members who go abroad.
The database is encrypted; every change is kept in a verified audit log.</source>
        <translation>Hồ sơ đảng viên ở nước ngoài %1
Quản lý hồ sơ đảng viên ra nước ngoài.
Cơ sở dữ liệu được mã hóa; mọi thay đổi đều được lưu trong nhật ký kiểm tra có xác minh.</translation>
    </message>
    <message>
        <source>&amp;Export a cell package…</source>
        <translation>&amp;Xuất gói gửi cho chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>Nhập &amp;gói…</translation>
    </message>
    <message>
        <source>&amp;Enrol a cell secretary…</source>
        <translation>&amp;Ghi danh bí thư chi bộ…</translation>
    </message>
    <message>
        <source>Cell &amp;secretaries…</source>
        <translation>&amp;Bí thư chi bộ…</translation>
    </message>
    <message>
        <source>&amp;Keys and fingerprints…</source>
        <translation>&amp;Khóa và dấu vân tay…</translation>
    </message>
    <message>
        <source>&amp;Install a package from home…</source>
        <translation>Áp &amp;dụng gói từ trong nước…</translation>
    </message>
    <message>
        <source>&amp;Export the return package…</source>
        <translation>&amp;Xuất gói gửi về…</translation>
    </message>
    <message>
        <source>&amp;Status of my changes…</source>
        <translation>Tình t&amp;rạng các thay đổi của tôi…</translation>
    </message>
    <message>
        <source>Import members or postings from a &amp;spreadsheet…</source>
        <translation>Nhập đảng viên hoặc đợt ra nước ngoài từ &amp;bảng tính…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>Thêm đảng viên &amp;mới…</translation>
    </message>
    <message>
        <source>Overseas Records — field database of cell %1</source>
        <translation>Hồ sơ đảng viên ở nước ngoài — cơ sở dữ liệu ở nước ngoài của chi bộ %1</translation>
    </message>
    <message>
        <source>Field database — cell %1: %2</source>
        <translation>Cơ sở dữ liệu ở nước ngoài — chi bộ %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field database — cell %1 %2.&lt;/b&gt; This laptop holds only this cell. Record what happens here; send it home with &lt;i&gt;File › Export the return package&lt;/i&gt; and install home&apos;s packages with &lt;i&gt;File › Install a package from home&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Cơ sở dữ liệu ở nước ngoài — chi bộ %1 %2.&lt;/b&gt; Máy tính xách tay này chỉ chứa chi bộ này. Hãy ghi nhận các việc phát sinh tại đây; gửi về trong nước bằng &lt;i&gt;Tệp › Xuất gói gửi về&lt;/i&gt; và áp dụng gói từ trong nước bằng &lt;i&gt;Tệp › Áp dụng gói từ trong nước&lt;/i&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from the spreadsheet.</source>
        <translation>
            <numerusform>Đã nhập %n dòng từ bảng tính.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Audit check&amp;point…</source>
        <translation>Điểm đối &amp;chiếu nhật ký…</translation>
    </message>
    <message>
        <source>The register passed its check and was backed up to %1.</source>
        <translation>Cơ sở dữ liệu đã vượt qua kiểm tra và đã được sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation>Điểm đối chiếu nhật ký</translation>
    </message>
    <message>
        <source>The audit log&apos;s checkpoint now (entry %1):

%2

Write it in the committee&apos;s paper records. A later check with this code (Check the register…, or `orec check --checkpoint`) proves that no history up to here was cut back or rewritten.</source>
        <translation>Điểm đối chiếu hiện tại của nhật ký kiểm tra (dòng %1):

%2

Hãy ghi mã này vào hồ sơ giấy của cấp ủy. Lần kiểm tra sau với mã này (Kiểm tra cơ sở dữ liệu…, hoặc `orec check --checkpoint`) sẽ chứng minh rằng lịch sử tính đến đây không bị cắt bớt hoặc viết lại.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Package not installed</source>
        <translation>Chưa áp dụng được gói</translation>
    </message>
    <message>
        <source>Your role cannot install packages from home; the package %1 was not opened.</source>
        <translation>Vai trò của bạn không được áp dụng gói từ trong nước; gói %1 chưa được mở.</translation>
    </message>
    <message numerus="yes">
        <source>The register will lock in %n second(s); your unsaved changes will be kept and come back when you unlock.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu sẽ khóa sau %n giây; các thay đổi chưa lưu của bạn sẽ được giữ lại và hiện lại khi bạn mở khóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register will lock in %n second(s); the changes in this window cannot be kept over the lock: save them now or move the mouse.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu sẽ khóa sau %n giây; các thay đổi trong cửa sổ này không giữ lại được qua lần khóa: hãy lưu ngay hoặc di chuyển chuột.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes restored after the lock.</source>
        <translation>Đã khôi phục các thay đổi chưa lưu sau khi khóa.</translation>
    </message>
    <message>
        <source>Document &amp;register…</source>
        <translation>Sổ &amp;văn bản đi…</translation>
    </message>
    <message>
        <source>&amp;Rules table…</source>
        <translation>Bảng &amp;quy tắc…</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberDossierDialog</name>
    <message>
        <source>&amp;Print the record…</source>
        <translation>&amp;In hồ sơ…</translation>
    </message>
    <message>
        <source>Member not found</source>
        <translation>Không tìm thấy đảng viên</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng %2.</translation>
    </message>
    <message>
        <source>History not available</source>
        <translation>Không xem được lịch sử</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Đảng viên mới</translation>
    </message>
    <message>
        <source>Member dossier — %1</source>
        <translation>Hồ sơ đảng viên — %1</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>thẻ %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Đã bị người khác sửa</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Probationary member</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>Hiện ở</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Overseas cell</source>
        <translation>Chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Cell type</source>
        <translation>Loại chi bộ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>%1 (earlier: %2)</source>
        <translation>%1 (số cũ: %2)</translation>
    </message>
</context>
<context>
    <name>orec::gui::MemberReportDialog</name>
    <message>
        <source>&amp;Cell&apos;s remarks:</source>
        <translation>Nhận xét của &amp;chi bộ:</translation>
    </message>
    <message>
        <source>&amp;Cell&apos;s rating and remarks:</source>
        <translation>Xếp loại và nhận xét của &amp;chi bộ:</translation>
    </message>
    <message>
        <source>Enter the date the document was received.</source>
        <translation>Nhập ngày nhận văn bản.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Nhập ngày xảy ra sự việc.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
</context>
<context>
    <name>orec::gui::MembersScreen</name>
    <message>
        <source>All countries</source>
        <translation>Tất cả các nước</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>Tất cả mục đích</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả tổ chức đảng</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match</source>
        <translation>
            <numerusform>%Ln đảng viên phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in the register</source>
        <translation>
            <numerusform>%Ln đảng viên trong cơ sở dữ liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Member %1 was added.</source>
        <translation>Đã thêm đảng viên %1.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>Đã ghi danh sách vào %1.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Đang ở: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Nước: %1</translation>
    </message>
    <message>
        <source>One overseas cell</source>
        <translation>Một chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Cell: %1</source>
        <translation>Chi bộ: %1</translation>
    </message>
    <message>
        <source>Cell type: %1</source>
        <translation>Loại chi bộ: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Mục đích: %1</translation>
    </message>
    <message>
        <source>Home unit: %1</source>
        <translation>Đơn vị sinh hoạt trong nước: %1</translation>
    </message>
    <message>
        <source>Probationary only</source>
        <translation>Chỉ đảng viên dự bị</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>of Party members</source>
        <translation>đảng viên</translation>
    </message>
    <message>
        <source>of Party members at home</source>
        <translation>đảng viên ở trong nước</translation>
    </message>
    <message>
        <source>of Party members abroad</source>
        <translation>đảng viên ở nước ngoài</translation>
    </message>
    <message>
        <source>of Party members abroad past their planned return</source>
        <translation>đảng viên ở nước ngoài quá ngày về dự kiến</translation>
    </message>
    <message>
        <source>of Party members abroad with whom contact is lost</source>
        <translation>đảng viên ở nước ngoài bị mất liên lạc</translation>
    </message>
    <message>
        <source>of Party members who did not return</source>
        <translation>đảng viên ở lại không về</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Tìm: “%1”</translation>
    </message>
    <message>
        <source>Prints the list as shown here: its rows in their order, its columns.</source>
        <translation>In danh sách đúng như đang hiển thị ở đây: các dòng theo thứ tự hiện tại, với các cột hiện tại.</translation>
    </message>
    <message>
        <source>Reading member %1 of %2…</source>
        <translation>Đang đọc đảng viên %1/%2…</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>Việc xuất đã bị dừng.</translation>
    </message>
</context>
<context>
    <name>orec::gui::NewPassphraseDialog</name>
    <message>
        <source>A new passphrase for %1. Tell it to them in person; they can change it afterwards under File → Change my passphrase.</source>
        <translation>Mật khẩu mới cho %1. Hãy trực tiếp báo cho người đó; sau đó họ có thể tự đổi tại Tệp → Đổi mật khẩu.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingEditorDialog</name>
    <message>
        <source>e.g. Nhật Bản, Hàn Quốc (names or codes, separated by commas)</source>
        <translation>ví dụ: Nhật Bản, Hàn Quốc (tên hoặc mã nước, cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>&amp;Print the transfer letter</source>
        <translation>&amp;In giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Letter out on form 2-SHĐ (temporary transfer)…</source>
        <translation>Giấy chuyển đi theo mẫu 2-SHĐ (chuyển sinh hoạt đảng tạm thời)…</translation>
    </message>
    <message>
        <source>Letter out on form 3A-SHĐ (overseas posting slip)…</source>
        <translation>Giấy chuyển đi theo mẫu 3A-SHĐ (phiếu công tác chính thức ngoài nước)…</translation>
    </message>
    <message>
        <source>Letter back on form 2-SHĐ…</source>
        <translation>Giấy chuyển về theo mẫu 2-SHĐ…</translation>
    </message>
    <message>
        <source>No transfer letter was issued for this posting.</source>
        <translation>Chưa cấp giấy giới thiệu sinh hoạt đảng nào cho đợt ra nước ngoài này.</translation>
    </message>
    <message>
        <source>Issue a &amp;transfer letter…</source>
        <translation>Cấ&amp;p giấy giới thiệu sinh hoạt đảng…</translation>
    </message>
    <message>
        <source>Posting not found</source>
        <translation>Không tìm thấy đợt ra nước ngoài</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Không xác định: %1</translation>
    </message>
    <message>
        <source>Rules suggest: %1</source>
        <translation>Theo quy tắc: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Save the plan first; the steps of its life-cycle appear here.</source>
        <translation>Hãy lưu kế hoạch trước; các bước chuyển trạng thái sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Waiting for the return report (tab Documents); then the posting can be closed.</source>
        <translation>Đang chờ báo cáo kết quả chuyến đi (thẻ “Hồ sơ, báo cáo”); sau đó có thể kết thúc đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>Nothing more to do: the posting is finished.</source>
        <translation>Không còn việc gì: đợt ra nước ngoài đã kết thúc.</translation>
    </message>
    <message>
        <source>“%1” was refused: %2</source>
        <translation>“%1” bị từ chối: %2</translation>
    </message>
    <message>
        <source>Issue the transfer letter?</source>
        <translation>Cấp giấy giới thiệu sinh hoạt đảng?</translation>
    </message>
    <message>
        <source>No transfer letter out was issued for this posting. Issue it now?</source>
        <translation>Chưa cấp giấy giới thiệu sinh hoạt đảng chuyển đi cho đợt ra nước ngoài này. Cấp ngay bây giờ?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>departed without approval — to be reported to the committee</source>
        <translation>đi nước ngoài khi chưa được phê duyệt — phải báo cáo cấp ủy</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>decision %1 of %2: until %3</source>
        <translation>quyết định %1 ngày %2: đến %3</translation>
    </message>
    <message>
        <source>Lost contact since</source>
        <translation>Mất liên lạc từ</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Ngày về nước</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Ngày hủy</translation>
    </message>
    <message>
        <source>Did not return, as of</source>
        <translation>Ở lại không về, tính từ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>End of probation</source>
        <translation>Hết thời hạn dự bị</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>Document received:</source>
        <translation>Văn bản đã nhận:</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Hãy lưu kế hoạch trước.</translation>
    </message>
    <message>
        <source>The posting has its transfer letters, or takes none at this step.</source>
        <translation>Đợt ra nước ngoài đã có giấy giới thiệu sinh hoạt đảng, hoặc ở bước này không cần cấp giấy.</translation>
    </message>
    <message>
        <source>Issue the letter out, moving the member&apos;s party activity to the unit abroad.</source>
        <translation>Cấp giấy chuyển đi, chuyển sinh hoạt đảng của đảng viên sang tổ chức đảng ở nước ngoài.</translation>
    </message>
    <message>
        <source>Issue the letter back, returning the member&apos;s party activity to the home unit.</source>
        <translation>Cấp giấy chuyển về, chuyển sinh hoạt đảng của đảng viên về đơn vị sinh hoạt trong nước.</translation>
    </message>
    <message>
        <source>Transfer letter issued</source>
        <translation>Đã cấp giấy giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Letter no. %1 issued.</source>
        <translation>Đã cấp giấy số %1.</translation>
    </message>
    <message>
        <source>Letter no. %1 issued (form %2).</source>
        <translation>Đã cấp giấy số %1 (mẫu %2).</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Đợt ra nước ngoài mới</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>quá hạn từ %1</translation>
    </message>
    <message>
        <source>%1 is not possible yet: %2</source>
        <translation>Chưa thể thực hiện “%1”: %2</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingListModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Ngày về nước</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>orec::gui::PostingsScreen</name>
    <message>
        <source>Departures in the period</source>
        <translation>Đi trong kỳ</translation>
    </message>
    <message>
        <source>Returns in the period</source>
        <translation>Về nước trong kỳ</translation>
    </message>
    <message>
        <source>Departures without approval</source>
        <translation>Đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Abroad past the planned return</source>
        <translation>Quá ngày về dự kiến</translation>
    </message>
    <message>
        <source>approved afterwards on %1</source>
        <translation>phê duyệt sau ngày %1</translation>
    </message>
    <message>
        <source>never approved</source>
        <translation>chưa bao giờ được phê duyệt</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln posting(s)</source>
        <translation>
            <numerusform>%Ln đợt ra nước ngoài</numerusform>
        </translation>
    </message>
    <message>
        <source>This member has no party card number yet: find them on the Members screen.</source>
        <translation>Đảng viên này chưa có số thẻ đảng viên: hãy tìm ở màn hình Đảng viên.</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>Đã ghi danh sách vào %1.</translation>
    </message>
    <message>
        <source>departures</source>
        <comment>file name</comment>
        <translation>danh-sách-đi</translation>
    </message>
    <message>
        <source>returns</source>
        <comment>file name</comment>
        <translation>danh-sách-về</translation>
    </message>
    <message>
        <source>departures-without-approval</source>
        <comment>file name</comment>
        <translation>đi-chưa-được-duyệt</translation>
    </message>
    <message>
        <source>overdue-to-return</source>
        <comment>file name</comment>
        <translation>quá-hạn-về</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>(from %1 to %2)</source>
        <translation>(từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(từ ngày %1)</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(đến ngày %1)</translation>
    </message>
    <message>
        <source>(every year)</source>
        <translation>(tất cả các năm)</translation>
    </message>
    <message>
        <source>of Party members who left for abroad</source>
        <translation>đảng viên đi nước ngoài</translation>
    </message>
    <message>
        <source>of Party members who came back from abroad</source>
        <translation>đảng viên từ nước ngoài về nước</translation>
    </message>
    <message>
        <source>of departures abroad without approval</source>
        <translation>các trường hợp đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>of Party members abroad past their planned return</source>
        <translation>đảng viên ở nước ngoài quá ngày về dự kiến</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintDialog</name>
    <message>
        <source>Members abroad, by home unit</source>
        <translation>Đảng viên ở nước ngoài, theo đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Members abroad, by country and cell</source>
        <translation>Đảng viên ở nước ngoài, theo nước và chi bộ</translation>
    </message>
    <message>
        <source>Departures and returns in a period</source>
        <translation>Đi và về nước trong một kỳ</translation>
    </message>
    <message>
        <source>Reports overdue and due soon</source>
        <translation>Báo cáo quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>A member&apos;s overseas record</source>
        <translation>Quá trình ra nước ngoài của một đảng viên</translation>
    </message>
    <message>
        <source>Statistical table for a period</source>
        <translation>Bảng thống kê theo kỳ</translation>
    </message>
    <message>
        <source>Temporary transfer letter (2-SHĐ)</source>
        <translation>Giấy giới thiệu sinh hoạt đảng tạm thời (2-SHĐ)</translation>
    </message>
    <message>
        <source>Transfer register (10-SHĐ)</source>
        <translation>Sổ giới thiệu sinh hoạt đảng (10-SHĐ)</translation>
    </message>
    <message>
        <source>by country and overseas cell</source>
        <translation>theo nước và chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>by home unit</source>
        <translation>theo đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Everyone abroad today with their country, cell and planned return.</source>
        <translation>Tất cả đảng viên đang ở nước ngoài hôm nay, kèm nước, chi bộ và ngày về dự kiến.</translation>
    </message>
    <message>
        <source>Members who left or came back between the two dates.</source>
        <translation>Đảng viên đi hoặc về nước giữa hai ngày.</translation>
    </message>
    <message>
        <source>Reports not received: those overdue, then those due within the days given (0: overdue only).</source>
        <translation>Báo cáo chưa nhận: các báo cáo quá hạn, rồi các báo cáo đến hạn trong số ngày đã nhập (0: chỉ báo cáo quá hạn).</translation>
    </message>
    <message>
        <source>Type the member&apos;s party card number or citizen ID.</source>
        <translation>Nhập số thẻ đảng viên hoặc số CCCD của đảng viên.</translation>
    </message>
    <message>
        <source>Members abroad by country and cell type, departures, returns and reports in the period, with a chart.</source>
        <translation>Đảng viên ở nước ngoài theo nước và loại chi bộ, số lượt đi, về nước và báo cáo trong kỳ, kèm biểu đồ.</translation>
    </message>
    <message>
        <source>Give a period: a first and a last day, the first not after the last.</source>
        <translation>Hãy nhập một kỳ: ngày đầu và ngày cuối, ngày đầu không sau ngày cuối.</translation>
    </message>
    <message>
        <source>The committee issued no transfer letter in that year.</source>
        <translation>Cấp ủy không cấp giấy giới thiệu sinh hoạt đảng nào trong năm đó.</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>party card number or citizen ID</source>
        <translation>số thẻ đảng viên hoặc số CCCD</translation>
    </message>
    <message>
        <source>The list on screen</source>
        <translation>Danh sách đang hiển thị trên màn hình</translation>
    </message>
    <message>
        <source>Reminder letters for overdue reports</source>
        <translation>Công văn đôn đốc nộp báo cáo quá hạn</translation>
    </message>
    <message>
        <source>A letter to each member whose report is overdue, through their cell, asking for it; one letter per page.</source>
        <translation>Công văn gửi từng đảng viên quá hạn nộp báo cáo, qua chi bộ nơi đảng viên sinh hoạt, đề nghị nộp báo cáo; mỗi công văn một trang.</translation>
    </message>
    <message>
        <source>Exporting the table</source>
        <translation>Đang xuất bảng</translation>
    </message>
    <message>
        <source>Gathering the table…</source>
        <translation>Đang tập hợp dữ liệu cho bảng…</translation>
    </message>
    <message>
        <source>Official posting slip abroad (3A-SHĐ)</source>
        <translation>Phiếu công tác chính thức ngoài nước (3A-SHĐ)</translation>
    </message>
    <message>
        <source>Report listing a batch of 3A-SHĐ slips (3C-SHĐ)</source>
        <translation>Báo cáo danh sách một đợt phiếu 3A-SHĐ (3C-SHĐ)</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>Trang căn chỉnh máy in</translation>
    </message>
    <message>
        <source>(the default printer)</source>
        <translation>(máy in mặc định)</translation>
    </message>
    <message>
        <source>A letter from the issuing committee&apos;s transfer register of the year, with the committees it is forwarded through. On the pre-printed form only the values are printed, shifted by the printer&apos;s calibration.</source>
        <translation>Giấy giới thiệu trong sổ giới thiệu sinh hoạt đảng của năm của cấp ủy cấp giấy, kèm các cấp ủy chuyển tiếp. Khi in lên mẫu in sẵn, chỉ in phần nội dung, dịch theo độ lệch đã căn chỉnh của máy in.</translation>
    </message>
    <message>
        <source>A slip from the issuing committee&apos;s transfer register of the year; only a district-level committee or above issues it.</source>
        <translation>Phiếu trong sổ giới thiệu sinh hoạt đảng của năm của cấp ủy cấp giấy; chỉ cấp ủy cấp huyện và tương đương trở lên mới cấp phiếu này.</translation>
    </message>
    <message>
        <source>The 3A-SHĐ slips the committee issued together (give their day as first and last day), reported to the Foreign Ministry&apos;s Party Committee.</source>
        <translation>Các phiếu 3A-SHĐ cấp ủy đã cấp cùng một đợt (nhập ngày cấp làm ngày đầu và ngày cuối), báo cáo Đảng ủy Bộ Ngoại giao.</translation>
    </message>
    <message>
        <source>The committee&apos;s book of the year: letters it sent, letters it received, and the counts.</source>
        <translation>Sổ giới thiệu sinh hoạt đảng của năm của cấp ủy: giấy giới thiệu đi, giấy giới thiệu đến và số liệu tổng hợp.</translation>
    </message>
    <message>
        <source>papers sent with it, separated by ;</source>
        <translation>hồ sơ gửi kèm, cách nhau bằng dấu ;</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintMenu</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>All &amp;documents…</source>
        <translation>Tất cả &amp;văn bản…</translation>
    </message>
</context>
<context>
    <name>orec::gui::PrintSupport</name>
    <message>
        <source>Nothing to print</source>
        <translation>Không có gì để in</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>Lưu các trang này thành tệp PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Đã ghi tệp</translation>
    </message>
    <message>
        <source>members-abroad</source>
        <comment>file name</comment>
        <translation>đảng-viên-ở-nước-ngoài</translation>
    </message>
    <message>
        <source>departures-and-returns</source>
        <comment>file name</comment>
        <translation>đi-và-về</translation>
    </message>
    <message>
        <source>reports-due</source>
        <comment>file name</comment>
        <translation>báo-cáo-đến-hạn</translation>
    </message>
    <message>
        <source>member-record</source>
        <comment>file name</comment>
        <translation>hồ-sơ-đảng-viên</translation>
    </message>
    <message>
        <source>statistics</source>
        <comment>file name</comment>
        <translation>thống-kê</translation>
    </message>
    <message>
        <source>document</source>
        <comment>file name</comment>
        <translation>văn-bản</translation>
    </message>
    <message>
        <source>The file was written to:
%1

It is readable by you only, and not encrypted: keep it only as long as it is needed. Open shows its folder.</source>
        <translation>Đã ghi tệp vào:
%1

Chỉ bạn đọc được tệp này, và tệp không được mã hóa: chỉ giữ tệp trong thời gian thực sự cần. Nút Mở sẽ mở thư mục chứa tệp.</translation>
    </message>
    <message>
        <source>reminders</source>
        <comment>file name</comment>
        <translation>cong-van-don-doc</translation>
    </message>
    <message>
        <source>Issue with a number</source>
        <translation>Cấp số và phát hành</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Chưa phát hành được</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Issued with the number %1 in the document register, and written to:
%2

The register keeps the document: a reprint from Document register gives the same paper with the same number. The file is readable by you only, and not encrypted.</source>
        <translation>Đã phát hành với số %1 trong sổ văn bản đi và đã ghi vào:
%2

Sổ văn bản đi lưu giữ văn bản này: in lại từ Sổ văn bản đi sẽ được đúng văn bản đó, cùng số. Chỉ bạn đọc được tệp này, và tệp không được mã hóa.</translation>
    </message>
    <message>
        <source>Issue with a number…</source>
        <translation>Cấp số và phát hành…</translation>
    </message>
    <message>
        <source>Give this document the next number of its kind in the committee&apos;s register, keep it there and save it as PDF</source>
        <translation>Cấp cho văn bản này số tiếp theo của loại văn bản đó trong sổ văn bản đi của cấp ủy, lưu văn bản vào sổ và ghi thành tệp PDF</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Đã dừng; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The file cannot be replaced.</source>
        <translation>Không thay thế được tệp.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Không ghi được tệp.</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Đang chuẩn bị các trang</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>Saving as PDF</source>
        <translation>Đang lưu thành PDF</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Đang ghi tệp PDF…</translation>
    </message>
    <message>
        <source>Exporting the list</source>
        <translation>Đang xuất danh sách</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n row(s) to the file…</source>
        <translation>
            <numerusform>Đang ghi %n dòng vào tệp…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::PrinterCalibrationDialog</name>
    <message>
        <source>(the default printer)</source>
        <translation>(máy in mặc định)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>orec::gui::RecoveryDialog</name>
    <message>
        <source>The key is well-formed.</source>
        <translation>Khóa đúng định dạng.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>orec::gui::RegisterLabels</name>
    <message>
        <source>Anywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Trong nước</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Đang ở nước ngoài</translation>
    </message>
    <message>
        <source>Overdue to return</source>
        <translation>Quá hạn về nước</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <source>Did not return</source>
        <translation>Ở lại không về</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportFormDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>chưa có hạn nộp</translation>
    </message>
    <message>
        <source>Enter the date the document was received.</source>
        <translation>Nhập ngày nhận văn bản.</translation>
    </message>
    <message>
        <source>File the report first; then attach its scan.</source>
        <translation>Hãy ghi nhận báo cáo trước; sau đó đính kèm bản quét.</translation>
    </message>
    <message>
        <source>%1 — %2, added %3 by %4</source>
        <translation>%1 — %2, %4 thêm ngày %3</translation>
    </message>
    <message>
        <source>&amp;Scans (%1)</source>
        <translation>&amp;Bản quét (%1)</translation>
    </message>
    <message>
        <source>Attach scanned documents</source>
        <translation>Đính kèm bản quét văn bản</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Chưa đính kèm được</translation>
    </message>
    <message>
        <source>Scan not opened</source>
        <translation>Không mở được bản quét</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>Chưa ghi nhận được</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Lưu bản sao không mã hóa</translation>
    </message>
    <message>
        <source>The copy of “%1” you are about to save is NOT encrypted: anyone who can read the folder you choose can read the scan. Save it only where it must go, and delete it when it is no longer needed. The scan itself stays encrypted in the database.</source>
        <translation>Bản sao của “%1” mà bạn sắp lưu KHÔNG được mã hóa: bất kỳ ai đọc được thư mục bạn chọn đều đọc được bản quét. Chỉ lưu vào nơi thực sự cần và xóa khi không còn cần nữa. Bản quét gốc vẫn được lưu mã hóa trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy of the scan</source>
        <translation>Lưu bản sao không mã hóa của bản quét</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Chưa lưu được bản sao</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportsDueModel</name>
    <message>
        <source>File…</source>
        <translation>Ghi nhận…</translation>
    </message>
    <message>
        <source>Record that this document was received</source>
        <translation>Ghi nhận đã nhận văn bản này</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: %Ln day(s) late</source>
        <translation>
            <numerusform>Hạn nộp %1: muộn %Ln ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>còn %Ln ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Muộn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Đợt ra nước ngoài</translation>
    </message>
</context>
<context>
    <name>orec::gui::ReportsDueScreen</name>
    <message>
        <source>All documents</source>
        <translation>Tất cả văn bản</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <source>Due soon only</source>
        <translation>Chỉ sắp đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 filed.</source>
        <translation>Đã ghi nhận %1 trong số %2.</translation>
    </message>
    <message>
        <source>The list was written to %1.</source>
        <translation>Đã ghi danh sách vào %1.</translation>
    </message>
    <message>
        <source>reports-due</source>
        <comment>file name</comment>
        <translation>báo-cáo-đến-hạn</translation>
    </message>
    <message>
        <source>Due today only</source>
        <translation>Chỉ đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s) only</source>
        <translation>
            <numerusform>Chỉ đến hạn trong %n ngày tới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) match “%1”</source>
        <translation>
            <numerusform>%Ln báo cáo khớp với “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: member (diacritics optional), card number or cell — Ctrl+F</source>
        <translation>Tìm: đảng viên (có dấu hoặc không dấu), số thẻ đảng viên hoặc chi bộ — Ctrl+F</translation>
    </message>
</context>
<context>
    <name>orec::gui::RulesDialog</name>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Rules table</source>
        <translation>Bảng quy tắc</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>A whole number, on or off, or the document codes separated by commas (none for no document).</source>
        <translation>Một số nguyên, bật hoặc tắt (on/off), hoặc các mã văn bản cách nhau bằng dấu phẩy (none nếu không cần văn bản nào).</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>&amp;Giá trị mới:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Có hiệu lực &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Change as a new version</source>
        <translation>&amp;Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <source>Rules version %1, in force from %2. Each rule shows its source and whether it is regulation, the committee&apos;s own policy or not confirmed; a change makes a new version, and deadlines already set keep the version they were set up with.</source>
        <translation>Bảng quy tắc phiên bản %1, có hiệu lực từ %2. Mỗi quy tắc ghi rõ nguồn và căn cứ: quy định của Đảng, chủ trương riêng của cấp ủy hay chưa xác minh; mỗi lần thay đổi tạo ra một phiên bản mới, và các hạn nộp đã đặt giữ nguyên phiên bản đã dùng khi đặt.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Giá trị:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Mặc định:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Nothing changed: enter the new value or choose the other unit.</source>
        <translation>Không có gì thay đổi: hãy nhập giá trị mới hoặc chọn đơn vị tính khác.</translation>
    </message>
</context>
<context>
    <name>orec::gui::SecretariesDialog</name>
    <message>
        <source>no secretary</source>
        <translation>chưa có bí thư</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Đã gỡ bỏ: %1</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Thay thế…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Ghi danh…</translation>
    </message>
    <message>
        <source>Replace the secretary?</source>
        <translation>Thay bí thư?</translation>
    </message>
    <message>
        <source>Cell %1 has a secretary (%2). Replacing them refuses every later package from their laptop; changes it has not sent yet do not reach home. Replace?</source>
        <translation>Chi bộ %1 đã có bí thư (%2). Nếu thay, mọi gói sau đó từ máy tính xách tay của người này đều bị từ chối; các thay đổi máy đó chưa gửi sẽ không về đến trong nước. Thay bí thư?</translation>
    </message>
    <message>
        <source>Secretary not enrolled</source>
        <translation>Chưa ghi danh được bí thư</translation>
    </message>
    <message>
        <source>A secretary for cell %1 was enrolled.</source>
        <translation>Đã ghi danh bí thư cho chi bộ %1.</translation>
    </message>
    <message>
        <source>Remove the secretary</source>
        <translation>Gỡ bỏ bí thư</translation>
    </message>
    <message>
        <source>Packages from the laptop of %1 will be refused from now on. Why is it removed (a lost laptop, a new secretary…)?</source>
        <translation>Từ nay các gói từ máy tính xách tay của %1 sẽ bị từ chối. Lý do gỡ bỏ (mất máy, thay bí thư…)?</translation>
    </message>
    <message>
        <source>Secretary not removed</source>
        <translation>Chưa gỡ bỏ được bí thư</translation>
    </message>
    <message>
        <source>The secretary of %1 was removed: packages from their laptop are refused from now on.</source>
        <translation>Đã gỡ bỏ bí thư của %1: từ nay các gói từ máy tính xách tay của người này bị từ chối.</translation>
    </message>
</context>
<context>
    <name>orec::gui::SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Chưa lưu được cài đặt</translation>
    </message>
</context>
<context>
    <name>orec::gui::SpreadsheetImportWizard</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Dòng %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Party units and overseas cells</source>
        <translation>Tổ chức đảng và chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Postings (trips abroad)</source>
        <translation>Đợt ra nước ngoài (chuyến đi)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Dòng có lỗi</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Các dòng đầu</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào trường</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>Headers may be the interchange names (ho_ten, ngay_sinh…), their English aliases, or the words of your own sheet: the next step matches them.</source>
        <translation>Tiêu đề cột có thể là tên theo định dạng trao đổi (ho_ten, ngay_sinh…), tên tiếng Anh tương ứng, hoặc tiêu đề riêng của bảng tính: bước tiếp theo sẽ ghép chúng.</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv);;Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Columns missing</source>
        <translation>Thiếu cột</translation>
    </message>
    <message>
        <source>No column feeds %1. Choose the column that holds it.</source>
        <translation>Chưa có cột nào ứng với %1. Hãy chọn cột chứa dữ liệu này.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Chưa có tệp</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import.</source>
        <translation>Hãy chọn bảng tính cần nhập.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Không đọc được tệp</translation>
    </message>
    <message>
        <source>The sheet is empty: it has no header row.</source>
        <translation>Trang tính trống: không có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>(no header, column %1)</source>
        <translation>(không có tiêu đề, cột %1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>Fields marked * are required; every one is fed by a column.</source>
        <translation>Các trường có dấu * là bắt buộc; mỗi trường phải ứng với một cột.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;Required fields no column feeds yet: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;Các trường bắt buộc chưa ứng với cột nào: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The file cannot be checked</source>
        <translation>Không kiểm tra được tệp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 row(s) read:&lt;/b&gt; %2 valid, %3 with problems.</source>
        <translation>&lt;b&gt;Đã đọc %1 dòng:&lt;/b&gt; %2 dòng hợp lệ, %3 dòng có lỗi.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) repeat a party card number or citizen ID already in the file or in the register; they are never merged.</source>
        <translation>
            <numerusform>%n giá trị trùng số thẻ đảng viên hoặc số CCCD đã có trong tệp hoặc trong cơ sở dữ liệu; các bản ghi này không bao giờ được gộp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Không nhập: %1.</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>Tất cả các dòng (%1)</translation>
    </message>
    <message>
        <source>Rows with problems (%1)</source>
        <translation>Dòng có lỗi (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Trùng lặp (%1)</translation>
    </message>
    <message>
        <source>Correct the marked rows in the file first, or import only the valid rows.</source>
        <translation>Hãy sửa các dòng được đánh dấu trong tệp trước, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <source>Some rows have problems: import only the valid rows, or correct the file and check it again.</source>
        <translation>Một số dòng có lỗi: hãy chỉ nhập các dòng hợp lệ, hoặc sửa tệp rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>No row of the file is valid.</source>
        <translation>Không có dòng nào của tệp hợp lệ.</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-bi-loai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV, UTF-8 (*.csv);;Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Không nhập được</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) imported&lt;/b&gt; into the register.</source>
        <translation>
            <numerusform>&lt;b&gt;Đã nhập %n dòng&lt;/b&gt; vào cơ sở dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported&lt;/b&gt;; the register is unchanged.</source>
        <translation>&lt;b&gt;Không nhập gì&lt;/b&gt;; cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; they are in %1 with their line numbers and reasons.</source>
        <translation>
            <numerusform>%n dòng bị bỏ qua; các dòng này được ghi trong %1 kèm số dòng và lý do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (below).</source>
        <translation>
            <numerusform>%n dòng có lỗi (bên dưới).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) imported earlier now have their secretary.</source>
        <translation>
            <numerusform>%n chi bộ đã nhập trước đó nay đã có bí thư.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>Các dòng có cảnh báo</translation>
    </message>
    <message>
        <source>Interchange header: %1 (or %2)</source>
        <translation>Tiêu đề cột theo định dạng trao đổi: %1 (hoặc %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) that do not stop a row, in %1 row(s) (yellow; listed below the rows).</source>
        <translation>
            <numerusform>%n cảnh báo không làm loại dòng, ở %1 dòng (tô màu vàng; liệt kê bên dưới các dòng).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with warnings (%1)</source>
        <translation>Các dòng có cảnh báo (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Đang kiểm tra dòng %1/%2…</translation>
    </message>
    <message>
        <source>Writing row %1 of %2 into the register…</source>
        <translation>Đang ghi dòng %1/%2 vào cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Signing the audit log and saving…</source>
        <translation>Đang ký nhật ký kiểm tra và lưu…</translation>
    </message>
    <message>
        <source>Column &amp;titles on line:</source>
        <translation>Tiêu đề cột ở &amp;dòng:</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Đang đọc bảng tính</translation>
    </message>
    <message>
        <source>as you chose.</source>
        <translation>theo lựa chọn của bạn.</translation>
    </message>
    <message>
        <source>found by its column titles, under the title rows above it.</source>
        <translation>xác định theo tiêu đề cột, bên dưới các dòng tiêu đề của trang tính ở phía trên.</translation>
    </message>
    <message>
        <source>the first line of the sheet.</source>
        <translation>dòng đầu tiên của trang tính.</translation>
    </message>
    <message>
        <source>Checking the spreadsheet</source>
        <translation>Đang kiểm tra bảng tính</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) read otherwise than written (blue; point at a cell for what the sheet says).</source>
        <translation>
            <numerusform>%n giá trị được đọc khác với cách ghi (màu xanh lam; trỏ vào ô để xem nội dung gốc trong trang tính).</numerusform>
        </translation>
    </message>
    <message>
        <source>Column titles on line %1.</source>
        <translation>Tiêu đề cột ở dòng %1.</translation>
    </message>
    <message>
        <source>Section titles left out: line(s) %1.</source>
        <translation>Đã bỏ qua các dòng tiêu đề mục: dòng %1.</translation>
    </message>
    <message>
        <source>Importing the spreadsheet</source>
        <translation>Đang nhập bảng tính</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Đã dừng nhập</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written and the register is unchanged.</source>
        <translation>Việc nhập đã bị dừng; chưa ghi gì và cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>The spreadsheet is still being read.</source>
        <translation>Bảng tính vẫn đang được đọc.</translation>
    </message>
</context>
<context>
    <name>orec::gui::TransitionDialog</name>
    <message>
        <source>Record the committee&apos;s approval of the posting.</source>
        <translation>Ghi nhận cấp ủy phê duyệt đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>Record the day the member left the country.</source>
        <translation>Ghi nhận ngày đảng viên xuất cảnh.</translation>
    </message>
    <message>
        <source>The member left without approval. The posting is flagged for the committee (Regulation 69-QĐ/TW, art. 34).</source>
        <translation>Đảng viên đi khi chưa được phê duyệt. Đợt ra nước ngoài được đánh dấu để báo cáo cấp ủy (Quy định 69-QĐ/TW, Điều 34).</translation>
    </message>
    <message>
        <source>Record the overseas cell the member joined abroad.</source>
        <translation>Ghi nhận chi bộ ở nước ngoài mà đảng viên vào sinh hoạt.</translation>
    </message>
    <message>
        <source>Record the decision that extends the stay and the new planned return.</source>
        <translation>Ghi nhận quyết định gia hạn thời gian ở nước ngoài và ngày về dự kiến mới.</translation>
    </message>
    <message>
        <source>Record the day the member came back. The return report falls due from it.</source>
        <translation>Ghi nhận ngày đảng viên về nước. Hạn nộp báo cáo kết quả chuyến đi tính từ ngày này.</translation>
    </message>
    <message>
        <source>Close the posting: its reports are in.</source>
        <translation>Kết thúc đợt ra nước ngoài: đã nhận đủ báo cáo.</translation>
    </message>
    <message>
        <source>Cancel the posting before departure.</source>
        <translation>Hủy đợt ra nước ngoài trước ngày đi.</translation>
    </message>
    <message>
        <source>Record since when nobody can reach the member.</source>
        <translation>Ghi nhận thời điểm bắt đầu không liên lạc được với đảng viên.</translation>
    </message>
    <message>
        <source>Record the day contact was restored.</source>
        <translation>Ghi nhận ngày liên lạc lại được.</translation>
    </message>
    <message>
        <source>Record that the member stayed abroad and did not return.</source>
        <translation>Ghi nhận đảng viên ở lại không về.</translation>
    </message>
    <message>
        <source>No transfer letter out has been issued for this posting yet; once the step is recorded, issue it from the posting (Issue a transfer letter…).</source>
        <translation>Chưa cấp giấy giới thiệu sinh hoạt đảng chuyển đi cho đợt ra nước ngoài này; sau khi ghi nhận bước này, hãy cấp giấy từ đợt ra nước ngoài (Cấp giấy giới thiệu sinh hoạt đảng…).</translation>
    </message>
    <message>
        <source>Ready to record.</source>
        <translation>Sẵn sàng ghi nhận.</translation>
    </message>
    <message>
        <source>The date proposed is the decision&apos;s, %1: change it if the approval was recorded on another day.</source>
        <translation>Ngày đề xuất là ngày của quyết định, %1: hãy sửa nếu việc phê duyệt được ghi nhận vào ngày khác.</translation>
    </message>
    <message>
        <source>The date proposed is the planned one, %1: change it if it happened on another day.</source>
        <translation>Ngày đề xuất là ngày dự kiến, %1: hãy sửa nếu sự việc diễn ra vào ngày khác.</translation>
    </message>
    <message>
        <source>required before this step</source>
        <translation>bắt buộc trước bước này</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Quy tắc %1: %2</translation>
    </message>
    <message>
        <source>Papers not received yet:</source>
        <translation>Giấy tờ chưa nhận được:</translation>
    </message>
    <message>
        <source>The step waits for them. Cancel, then record them in the posting&apos;s Documents tab.</source>
        <translation>Bước này phải chờ các giấy tờ đó. Hãy bấm Hủy, rồi ghi nhận các giấy tờ tại thẻ Hồ sơ, báo cáo của đợt ra nước ngoài.</translation>
    </message>
    <message>
        <source>To record a paper first, cancel and use the posting&apos;s Documents tab; or go ahead deliberately: the papers stay due, and show as overdue if they come late.</source>
        <translation>Để ghi nhận giấy tờ trước, hãy bấm Hủy và dùng thẻ Hồ sơ, báo cáo của đợt ra nước ngoài; hoặc chủ động tiếp tục: các giấy tờ vẫn phải nộp, và sẽ hiện là quá hạn nếu nộp muộn.</translation>
    </message>
    <message>
        <source>&amp;Proceed without “%1”</source>
        <translation>&amp;Tiếp tục không cần “%1”</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Proceed without these %n papers</source>
        <translation>
            <numerusform>&amp;Tiếp tục không cần %n giấy tờ này</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers are missing: tick “Proceed without…” to record the step before they are in.</source>
        <translation>Còn thiếu giấy tờ: hãy đánh dấu “Tiếp tục không cần…” để ghi nhận bước này trước khi nhận được giấy tờ.</translation>
    </message>
</context>
<context>
    <name>orec::gui::UnlockWindow</name>
    <message>
        <source>Overseas Records — Unlock</source>
        <translation>Hồ sơ đảng viên ở nước ngoài — Mở khóa</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Nhập tên người dùng.</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Bây giờ bạn có thể thử lại.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Overseas Records databases (*.orec)</source>
        <translation>Cơ sở dữ liệu Hồ sơ đảng viên ở nước ngoài (*.orec)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Use several unrelated words; Vietnamese letters are fine.</source>
        <translation>Hãy dùng nhiều từ không liên quan đến nhau; có thể dùng chữ tiếng Việt có dấu.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>Choose where to save the new database.</source>
        <translation>Chọn nơi lưu cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>In khóa khôi phục</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Overseas Records — recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Created: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep this sheet locked away. With it alone an administrator can open the database.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hồ sơ đảng viên ở nước ngoài — khóa khôi phục&lt;/h2&gt;&lt;p&gt;Cơ sở dữ liệu: %1&lt;/p&gt;&lt;p&gt;Ngày tạo: %2&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 16pt&apos;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hãy cất giữ tờ này cẩn mật. Chỉ với khóa này, quản trị viên có thể mở cơ sở dữ liệu.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Data stay encrypted on disk. After %n minute(s) without use the program locks itself.</source>
        <translation>
            <numerusform>Dữ liệu luôn được mã hóa trên ổ đĩa. Sau %n phút không sử dụng, chương trình tự khóa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orec::gui::UserDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>orec::gui::UserGuideWindow</name>
    <message>
        <source>User guide — Overseas Records</source>
        <translation>Hướng dẫn sử dụng — Hồ sơ đảng viên ở nước ngoài</translation>
    </message>
</context>
<context>
    <name>orec::gui::UsersScreen</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No — no key slot</source>
        <translation>Không — không có ô khóa</translation>
    </message>
    <message>
        <source>Use File → Change my passphrase for your own.</source>
        <translation>Để đổi mật khẩu của chính bạn, hãy dùng Tệp → Đổi mật khẩu.</translation>
    </message>
    <message>
        <source>User not added</source>
        <translation>Chưa thêm được người dùng</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Đã thêm người dùng %1.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Vai trò mới của %1:</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Chưa đổi được vai trò</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 nay có vai trò: %2.</translation>
    </message>
    <message>
        <source>Passphrase not reset</source>
        <translation>Chưa đặt lại được mật khẩu</translation>
    </message>
    <message>
        <source>%1 has a new passphrase.</source>
        <translation>%1 đã có mật khẩu mới.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to unlock this database. Their entries in the audit log stay.</source>
        <translation>Xóa %1? Người này sẽ không mở khóa được cơ sở dữ liệu này nữa. Các mục của người này trong nhật ký kiểm tra vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>User not removed</source>
        <translation>Chưa xóa được người dùng</translation>
    </message>
    <message>
        <source>User %1 was removed.</source>
        <translation>Đã xóa người dùng %1.</translation>
    </message>
    <message>
        <source>Never (auditor)</source>
        <translation>Không bao giờ (kiểm tra viên)</translation>
    </message>
    <message>
        <source>No — to be granted again</source>
        <translation>Không — cần cấp lại quyền</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Exports cell packages signed as home and imports return packages.</source>
        <translation>Xuất gói gửi cho chi bộ, ký thay mặt trong nước, và nhập gói gửi về.</translation>
    </message>
    <message>
        <source>Stop signing as &amp;home</source>
        <translation>Thôi ký thay mặt trong &amp;nước</translation>
    </message>
    <message>
        <source>Let sign as &amp;home</source>
        <translation>Cho ký thay mặt trong &amp;nước</translation>
    </message>
    <message>
        <source>Auditors never sign as home.</source>
        <translation>Kiểm tra viên không bao giờ ký thay mặt trong nước.</translation>
    </message>
    <message>
        <source>Who signs as home exports cell packages and imports return packages: home&apos;s exchange keys are sealed to their own key.</source>
        <translation>Người ký thay mặt trong nước xuất gói gửi cho chi bộ và nhập gói gửi về: khóa trao đổi của cơ sở dữ liệu trong nước được mã hóa bằng khóa riêng của người đó.</translation>
    </message>
    <message>
        <source>Stop signing as home</source>
        <translation>Thôi ký thay mặt trong nước</translation>
    </message>
    <message>
        <source>Take back from %1 the right to sign as home? Their copy of home&apos;s exchange keys is deleted and the keys are sealed anew for the others. If they may have copied home&apos;s keys while they held them, make new ones afterwards (orec keys rotate).</source>
        <translation>Thu hồi quyền ký thay mặt trong nước của %1? Bản sao khóa trao đổi của cơ sở dữ liệu trong nước mà người này giữ sẽ bị xóa và các khóa được mã hóa lại cho những người còn lại. Nếu người này có thể đã sao chép các khóa trong thời gian nắm giữ, hãy tạo khóa mới sau đó (orec keys rotate).</translation>
    </message>
    <message>
        <source>Right not taken back</source>
        <translation>Chưa thu hồi được quyền</translation>
    </message>
    <message>
        <source>Right not granted</source>
        <translation>Chưa cấp được quyền</translation>
    </message>
    <message>
        <source>%1 no longer signs as home.</source>
        <translation>%1 không còn ký thay mặt trong nước.</translation>
    </message>
    <message>
        <source>%1 may now sign as home.</source>
        <translation>%1 nay được ký thay mặt trong nước.</translation>
    </message>
</context>
<context>
    <name>orec::migrate</name>
    <message>
        <source>The database was written by a newer version of the program (schema %1; this program knows up to %2). Update the program.</source>
        <translation>Cơ sở dữ liệu được ghi bởi phiên bản mới hơn của chương trình (lược đồ %1; chương trình này chỉ hỗ trợ đến %2). Hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <source>The exchange keys cannot be sealed: no administrator of this register has a registered key. An administrator must open it once with the previous version.</source>
        <translation>Không thể mã hóa khóa trao đổi: không quản trị viên nào của cơ sở dữ liệu này có khóa đã đăng ký. Một quản trị viên phải mở cơ sở dữ liệu một lần bằng phiên bản trước.</translation>
    </message>
</context>
<context>
    <name>orec::repo</name>
    <message>
        <source>Another record already has this %1 (%2).</source>
        <translation>Đã có hồ sơ khác mang %1 này (%2).</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Không có %1 %2.</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else since it was read; reload it and try again.</source>
        <translation>Bản ghi %1 này đã được người khác sửa sau khi bạn mở; hãy tải lại rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>orec::reports</name>
    <message>
        <source>%1, ngày      tháng      năm        </source>
        <translation>%1, ngày      tháng      năm        </translation>
    </message>
    <message>
        <source>%1, ngày %2 tháng %3 năm %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: %1</source>
        <translation>Tệp không phải bảng tính Excel đọc được: %1</translation>
    </message>
    <message>
        <source>The file is not a readable spreadsheet (ZIP): %1</source>
        <translation>Tệp không phải bảng tính đọc được (ZIP): %1</translation>
    </message>
    <message>
        <source>%1 đồng chí</source>
        <translation>%1 đồng chí</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt trong nước</source>
        <translation>Đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>Nước, chi bộ ở nước ngoài</source>
        <translation>Nước, chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Ngày đi</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Ngày về dự kiến</source>
        <translation>Ngày về dự kiến</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Chưa sinh hoạt tại chi bộ ở nước ngoài</source>
        <translation>Chưa sinh hoạt tại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Chưa rõ đơn vị</source>
        <translation>Chưa rõ đơn vị</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <source>Quá hạn về %1 ngày</source>
        <translation>Quá hạn về %1 ngày</translation>
    </message>
    <message>
        <source>Mất liên lạc</source>
        <translation>Mất liên lạc</translation>
    </message>
    <message>
        <source>Tổng cộng: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <source>Danh sách</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo nước và chi bộ</source>
        <translation>đảng viên đang ở nước ngoài theo nước và chi bộ</translation>
    </message>
    <message>
        <source>đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước</source>
        <translation>đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước</translation>
    </message>
    <message>
        <source>(tính đến ngày %1)</source>
        <translation>(tính đến ngày %1)</translation>
    </message>
    <message>
        <source>Nước đến</source>
        <translation>Nước đến</translation>
    </message>
    <message>
        <source>Quyết định cử</source>
        <translation>Quyết định cử</translation>
    </message>
    <message>
        <source>Ngày về</source>
        <translation>Ngày về</translation>
    </message>
    <message>
        <source>Cộng: %1 lượt</source>
        <translation>Cộng: %1 lượt</translation>
    </message>
    <message>
        <source>đảng viên đi nước ngoài và về nước</source>
        <translation>đảng viên đi nước ngoài và về nước</translation>
    </message>
    <message>
        <source>(từ ngày %1 đến ngày %2)</source>
        <translation>(từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI</source>
        <translation>I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN VỀ NƯỚC</source>
        <translation>II. ĐẢNG VIÊN VỀ NƯỚC</translation>
    </message>
    <message>
        <source>Báo cáo phải nộp</source>
        <translation>Báo cáo phải nộp</translation>
    </message>
    <message>
        <source>Nước</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Hạn nộp</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Số ngày quá hạn</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Quá hạn (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <source>Sắp đến hạn (%1)</source>
        <translation>Sắp đến hạn (%1)</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Còn %1 ngày</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <source>Cộng: %1 báo cáo</source>
        <translation>Cộng: %1 báo cáo</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn</source>
        <translation>báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)</source>
        <translation>(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>đảng viên ra nước ngoài</source>
        <translation>đảng viên ra nước ngoài</translation>
    </message>
    <message>
        <source>I. SƠ YẾU</source>
        <translation>I. SƠ YẾU</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Quê quán</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>(đảng viên dự bị)</source>
        <translation>(đảng viên dự bị)</translation>
    </message>
    <message>
        <source>Số lý lịch</source>
        <translation>Số lý lịch</translation>
    </message>
    <message>
        <source>Ngày vào Đảng</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Ngày chính thức</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>(dự bị)</source>
        <translation>(dự bị)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>II. CÁC LẦN RA NƯỚC NGOÀI</source>
        <translation>II. CÁC LẦN RA NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Nước, nơi đến</source>
        <translation>Nước, nơi đến</translation>
    </message>
    <message>
        <source>Sinh hoạt đảng ở nước ngoài</source>
        <translation>Sinh hoạt đảng ở nước ngoài</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%1 (dự kiến)</source>
        <translation>%1 (dự kiến)</translation>
    </message>
    <message>
        <source> ngày %1</source>
        <translation> ngày %1</translation>
    </message>
    <message>
        <source>Chưa có lần ra nước ngoài nào được ghi nhận.</source>
        <translation>Chưa có lần ra nước ngoài nào được ghi nhận.</translation>
    </message>
    <message>
        <source>III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT</source>
        <translation>III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chuyến đi</source>
        <translation>Chuyến đi</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Không có báo cáo nào.</source>
        <translation>Không có báo cáo nào.</translation>
    </message>
    <message>
        <source>IV. GIỚI THIỆU SINH HOẠT ĐẢNG</source>
        <translation>IV. GIỚI THIỆU SINH HOẠT ĐẢNG</translation>
    </message>
    <message>
        <source>Số đăng ký</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Ngày cấp</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Nơi đến</source>
        <translation>Nơi đến</translation>
    </message>
    <message>
        <source>Theo loại chi bộ ở nước ngoài</source>
        <translation>Theo loại chi bộ ở nước ngoài</translation>
    </message>
    <message>
        <source>Chưa vào chi bộ</source>
        <translation>Chưa vào chi bộ</translation>
    </message>
    <message>
        <source>Cộng</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Số lượt ở nước ngoài trong kỳ</source>
        <translation>Số lượt ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Số đảng viên</source>
        <translation>Số đảng viên</translation>
    </message>
    <message>
        <source>Đi trong kỳ</source>
        <translation>Đi trong kỳ</translation>
    </message>
    <message>
        <source>Về trong kỳ</source>
        <translation>Về trong kỳ</translation>
    </message>
    <message>
        <source>Đảng viên ở nước ngoài trong kỳ theo loại chi bộ</source>
        <translation>Đảng viên ở nước ngoài trong kỳ theo loại chi bộ</translation>
    </message>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>I. TỔNG HỢP</source>
        <translation>I. TỔNG HỢP</translation>
    </message>
    <message>
        <source>II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ</source>
        <translation>II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ</translation>
    </message>
    <message>
        <source>III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI</source>
        <translation>III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI</translation>
    </message>
    <message>
        <source>IV. BIỂU ĐỒ</source>
        <translation>IV. BIỂU ĐỒ</translation>
    </message>
    <message>
        <source>Mẫu %1</source>
        <translation>Mẫu %1</translation>
    </message>
    <message>
        <source>Số %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>Sinh ngày</source>
        <translation>Sinh ngày</translation>
    </message>
    <message>
        <source>Đơn vị sinh hoạt đảng trong nước</source>
        <translation>Đơn vị sinh hoạt đảng trong nước</translation>
    </message>
    <message>
        <source>Đã đóng đảng phí đến hết tháng</source>
        <translation>Đã đóng đảng phí đến hết tháng</translation>
    </message>
    <message>
        <source>Giấy giới thiệu sinh hoạt đảng tạm thời</source>
        <translation>Giấy giới thiệu sinh hoạt đảng tạm thời</translation>
    </message>
    <message>
        <source>Kính gửi: </source>
        <translation>Kính gửi: </translation>
    </message>
    <message>
        <source>Thời gian từ ngày</source>
        <translation>Thời gian từ ngày</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Như trên,</source>
        <translation>Như trên,</translation>
    </message>
    <message>
        <source>Lưu sổ 10-SHĐ.</source>
        <translation>Lưu sổ 10-SHĐ.</translation>
    </message>
    <message>
        <source>Phiếu công tác chính thức ngoài nước</source>
        <translation>Phiếu công tác chính thức ngoài nước</translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao</source>
        <translation>Đảng ủy Bộ Ngoại giao</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị tiếp nhận</source>
        <translation>Cơ quan, đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source> của %1</source>
        <translation> của %1</translation>
    </message>
    <message>
        <source>Nước đến, đơn vị tiếp nhận</source>
        <translation>Nước đến, đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Số phiếu 3A-SHĐ</source>
        <translation>Số phiếu 3A-SHĐ</translation>
    </message>
    <message>
        <source>Đảng phí đến tháng</source>
        <translation>Đảng phí đến tháng</translation>
    </message>
    <message>
        <source>Cộng: %1 đồng chí</source>
        <translation>Cộng: %1 đồng chí</translation>
    </message>
    <message>
        <source>Mẫu 3C-SHĐ</source>
        <translation>Mẫu 3C-SHĐ</translation>
    </message>
    <message>
        <source>Mẫu 10-SHĐ</source>
        <translation>Mẫu 10-SHĐ</translation>
    </message>
    <message>
        <source>Sổ giới thiệu sinh hoạt đảng</source>
        <translation>Sổ giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>Năm %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Import reads .csv and .xlsx files; %1 is neither.</source>
        <translation>Chỉ nhập được tệp .csv và .xlsx; %1 không thuộc loại nào trong hai loại này.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Trang tính trống.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Lượt đảng viên ở nước ngoài trong kỳ</source>
        <translation>Lượt đảng viên ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Số đảng viên ở nước ngoài trong kỳ</source>
        <translation>Số đảng viên ở nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Lượt đi nước ngoài trong kỳ</source>
        <translation>Lượt đi nước ngoài trong kỳ</translation>
    </message>
    <message>
        <source>Lượt về nước trong kỳ</source>
        <translation>Lượt về nước trong kỳ</translation>
    </message>
    <message>
        <source>Đi nước ngoài khi chưa được phê duyệt</source>
        <translation>Đi nước ngoài khi chưa được phê duyệt</translation>
    </message>
    <message>
        <source>Báo cáo của đảng viên đến hạn trong kỳ</source>
        <translation>Báo cáo của đảng viên đến hạn trong kỳ</translation>
    </message>
    <message>
        <source>– nộp đúng hạn</source>
        <translation>– nộp đúng hạn</translation>
    </message>
    <message>
        <source>– nộp muộn</source>
        <translation>– nộp muộn</translation>
    </message>
    <message>
        <source>– quá hạn chưa nộp</source>
        <translation>– quá hạn chưa nộp</translation>
    </message>
    <message>
        <source>– chưa đến hạn</source>
        <translation>– chưa đến hạn</translation>
    </message>
    <message>
        <source>Báo cáo quá hạn chưa nộp tính đến cuối kỳ</source>
        <translation>Báo cáo quá hạn chưa nộp tính đến cuối kỳ</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most an import reads; split it into smaller files.</source>
        <translation>Tệp lớn hơn %1 MB, mức tối đa mà một lần nhập đọc được; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Cell %1%2 has more than %3 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>Ô %1%2 có hơn %3 ký tự, vượt quá mức mà bất kỳ trường nào của bản ghi có thể chứa (và vượt quá mức một ô bảng tính có thể chứa).</translation>
    </message>
    <message>
        <source>The sheet holds more than %1 cells; import it in several smaller files.</source>
        <translation>Trang tính chứa hơn %1 ô; hãy nhập thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The workbook holds a text of more than %1 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>Bảng tính có một đoạn văn bản dài hơn %1 ký tự, vượt quá mức mà bất kỳ trường nào của bản ghi có thể chứa (và vượt quá mức một ô bảng tính có thể chứa).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 values; a spreadsheet has at most %2 columns.</source>
        <translation>Dòng %1 có hơn %2 giá trị; bảng tính có tối đa %2 cột.</translation>
    </message>
    <message>
        <source>The file holds more than %1 values; import it in several smaller files.</source>
        <translation>Tệp chứa hơn %1 giá trị; hãy nhập thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Line %1 has a value of more than %2 characters, more than any field of a record may hold (and more than a spreadsheet cell can).</source>
        <translation>Dòng %1 có một giá trị dài hơn %2 ký tự, vượt quá mức mà bất kỳ trường nào của bản ghi có thể chứa (và vượt quá mức một ô bảng tính có thể chứa).</translation>
    </message>
    <message>
        <source>The record on line %1 has more than %2 characters, far more than a record may hold.</source>
        <translation>Bản ghi ở dòng %1 có hơn %2 ký tự, vượt xa mức một bản ghi có thể chứa.</translation>
    </message>
    <message>
        <source>The file has more than %1 quotes out of place: it is not CSV that can be read safely. Save it again as &quot;CSV UTF-8&quot; from the spreadsheet.</source>
        <translation>Tệp có hơn %1 dấu ngoặc kép đặt sai chỗ: đây không phải tệp CSV có thể đọc an toàn. Hãy lưu lại tệp từ bảng tính với định dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field was kept as part of the field.</source>
        <translation>Phần văn bản sau dấu ngoặc kép đóng của một trường được giữ lại như một phần của trường.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed; it was read to the end of the file.</source>
        <translation>Một trường trong ngoặc kép bắt đầu ở đây không được đóng; trường đã được đọc đến cuối tệp.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Tệp không phải văn bản UTF-16 hợp lệ.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Dòng %1 không phải văn bản UTF-8. Hãy lưu bảng tính dưới dạng &quot;CSV UTF-8&quot; rồi thử lại.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Không đọc được tệp: %1.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>Không ghi được tệp: %1.</translation>
    </message>
    <message>
        <source>Printing needs the graphical application object (QGuiApplication).</source>
        <translation>Việc in cần đối tượng ứng dụng đồ họa (QGuiApplication).</translation>
    </message>
    <message>
        <source>No font for printing was found. Install the Noto Serif fonts (Debian: fonts-noto-core) or set OREC_FONT_DIR to a folder holding NotoSerif-Regular.ttf.</source>
        <translation>Không tìm thấy phông chữ để in. Hãy cài phông Noto Serif (Debian: fonts-noto-core) hoặc đặt OREC_FONT_DIR trỏ tới thư mục chứa NotoSerif-Regular.ttf.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Không khởi tạo được tệp PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Không hoàn tất được tệp PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Số       -</source>
        <translation>Số       -</translation>
    </message>
    <message>
        <source>ĐẢNG CỘNG SẢN VIỆT NAM</source>
        <translation>ĐẢNG CỘNG SẢN VIỆT NAM</translation>
    </message>
    <message>
        <source>%1 (tiếp theo)</source>
        <translation>%1 (tiếp theo)</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>no workbook part</source>
        <translation>không có phần workbook</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>không có trang tính nào</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>Bảng tính không có trang tính %1.</translation>
    </message>
    <message>
        <source>row number out of range</source>
        <translation>số dòng nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>column out of range</source>
        <translation>cột nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>bad shared string index</source>
        <translation>chỉ số chuỗi dùng chung không hợp lệ</translation>
    </message>
    <message>
        <source>This build cannot write Excel files (libxlsxwriter was not found).</source>
        <translation>Bản dựng này không ghi được tệp Excel (không tìm thấy libxlsxwriter).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Không thay thế được %1.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>quá ngắn</translation>
    </message>
    <message>
        <source>no central directory</source>
        <translation>không có thư mục trung tâm</translation>
    </message>
    <message>
        <source>bad ZIP64 record</source>
        <translation>bản ghi ZIP64 không hợp lệ</translation>
    </message>
    <message>
        <source>central directory out of range</source>
        <translation>thư mục trung tâm nằm ngoài phạm vi</translation>
    </message>
    <message>
        <source>bad central directory entry</source>
        <translation>mục thư mục trung tâm không hợp lệ</translation>
    </message>
    <message>
        <source>The spreadsheet has no part %1.</source>
        <translation>Bảng tính không có phần %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 bị mã hóa</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 quá lớn</translation>
    </message>
    <message>
        <source>bad local header of %1</source>
        <translation>phần đầu cục bộ của %1 không hợp lệ</translation>
    </message>
    <message>
        <source>%1 runs past the end of the file</source>
        <translation>%1 vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>bad size of %1</source>
        <translation>kích thước của %1 không hợp lệ</translation>
    </message>
    <message>
        <source>The decompressor could not start.</source>
        <translation>Không khởi động được bộ giải nén.</translation>
    </message>
    <message>
        <source>%1 does not decompress</source>
        <translation>%1 không giải nén được</translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method</source>
        <translation>%1 dùng phương pháp nén không được hỗ trợ</translation>
    </message>
    <message>
        <source>%1 fails its checksum</source>
        <translation>%1 không khớp mã kiểm tra</translation>
    </message>
    <message>
        <source>báo cáo quá hạn của đảng viên ra nước ngoài</source>
        <translation>báo cáo quá hạn của đảng viên ra nước ngoài</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài đến hạn hôm nay</source>
        <translation>báo cáo của đảng viên ra nước ngoài đến hạn hôm nay</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài sắp đến hạn trong %1 ngày tới</source>
        <translation>báo cáo của đảng viên ra nước ngoài sắp đến hạn trong %1 ngày tới</translation>
    </message>
    <message>
        <source>báo cáo của đảng viên ra nước ngoài quá hạn và đến hạn hôm nay</source>
        <translation>báo cáo của đảng viên ra nước ngoài quá hạn và đến hạn hôm nay</translation>
    </message>
    <message>
        <source>loại báo cáo: %1</source>
        <translation>loại báo cáo: %1</translation>
    </message>
    <message>
        <source>tìm theo: “%1”</source>
        <translation>tìm theo: “%1”</translation>
    </message>
    <message>
        <source>BẢN NHÁP</source>
        <translation>BẢN NHÁP</translation>
    </message>
    <message>
        <source>báo cáo trước khi đi nước ngoài</source>
        <translation>báo cáo trước khi đi nước ngoài</translation>
    </message>
    <message>
        <source>báo cáo kết quả chuyến đi sau khi về nước</source>
        <translation>báo cáo kết quả chuyến đi sau khi về nước</translation>
    </message>
    <message>
        <source>đơn đề nghị ra nước ngoài về việc riêng</source>
        <translation>đơn đề nghị ra nước ngoài về việc riêng</translation>
    </message>
    <message>
        <source>bản cam kết về thân nhân ở nước ngoài</source>
        <translation>bản cam kết về thân nhân ở nước ngoài</translation>
    </message>
    <message>
        <source>bản tự kiểm điểm</source>
        <translation>bản tự kiểm điểm</translation>
    </message>
    <message>
        <source>nhận xét của chi ủy</source>
        <translation>nhận xét của chi ủy</translation>
    </message>
    <message>
        <source>bản đánh giá, xếp loại chất lượng đảng viên</source>
        <translation>bản đánh giá, xếp loại chất lượng đảng viên</translation>
    </message>
    <message>
        <source>báo cáo (%1)</source>
        <translation>báo cáo (%1)</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ nơi đồng chí sinh hoạt</source>
        <translation>Chi ủy chi bộ nơi đồng chí sinh hoạt</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ %1</source>
        <translation>Chi ủy chi bộ %1</translation>
    </message>
    <message>
        <source>Chi ủy %1</source>
        <translation>Chi ủy %1</translation>
    </message>
    <message>
        <source>V/v đôn đốc nộp %1</source>
        <translation>V/v đôn đốc nộp %1</translation>
    </message>
    <message>
        <source>Công văn đôn đốc nộp %1 - %2</source>
        <translation>Công văn đôn đốc nộp %1 - %2</translation>
    </message>
    <message>
        <source>Đồng chí %1, qua %2</source>
        <translation>Đồng chí %1, qua %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Theo quy định về quản lý đảng viên ra nước ngoài, đồng chí có trách nhiệm nộp %1%2 chậm nhất ngày %3.</source>
        <translation>Theo quy định về quản lý đảng viên ra nước ngoài, đồng chí có trách nhiệm nộp %1%2 chậm nhất ngày %3.</translation>
    </message>
    <message>
        <source>Đến ngày %1, đã quá hạn %2 ngày, Đảng ủy chưa nhận được %3 của đồng chí.</source>
        <translation>Đến ngày %1, đã quá hạn %2 ngày, Đảng ủy chưa nhận được %3 của đồng chí.</translation>
    </message>
    <message>
        <source>Đề nghị đồng chí hoàn thành và gửi %1 về Đảng ủy, qua %2, trước ngày %3. Trường hợp đã nộp, đề nghị đồng chí báo lại để Văn phòng Đảng ủy đối chiếu.</source>
        <translation>Đề nghị đồng chí hoàn thành và gửi %1 về Đảng ủy, qua %2, trước ngày %3. Trường hợp đã nộp, đề nghị đồng chí báo lại để Văn phòng Đảng ủy đối chiếu.</translation>
    </message>
    <message>
        <source>Đề nghị %1 đôn đốc, nhắc nhở đồng chí thực hiện.</source>
        <translation>Đề nghị %1 đôn đốc, nhắc nhở đồng chí thực hiện.</translation>
    </message>
    <message>
        <source>Như trên;</source>
        <translation>Như trên;</translation>
    </message>
    <message>
        <source>Lưu Văn phòng Đảng ủy.</source>
        <translation>Lưu Văn phòng Đảng ủy.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way; %2 mm, %3 mm is not a printer&apos;s drift but a wrong setting.</source>
        <translation>Độ lệch của máy in tối đa là %1 mm mỗi chiều; %2 mm, %3 mm không phải là độ lệch của máy in mà là do cài đặt sai.</translation>
    </message>
    <message>
        <source>A printer offset is at most %1 mm each way.</source>
        <translation>Độ lệch của máy in tối đa là %1 mm mỗi chiều.</translation>
    </message>
    <message>
        <source>Trang căn chỉnh máy in</source>
        <translation>Trang căn chỉnh máy in</translation>
    </message>
    <message>
        <source>TRANG CĂN CHỈNH MÁY IN</source>
        <translation>TRANG CĂN CHỈNH MÁY IN</translation>
    </message>
    <message>
        <source>Máy in: %1</source>
        <translation>Máy in: %1</translation>
    </message>
    <message>
        <source>(mặc định)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <source>Độ lệch đang dùng: ngang %1 mm, dọc %2 mm</source>
        <translation>Độ lệch đang dùng: ngang %1 mm, dọc %2 mm</translation>
    </message>
    <message>
        <source>1. In trang này lên giấy trắng A4, khổ giấy thật (không thu nhỏ, không “vừa trang”).</source>
        <translation>1. In trang này lên giấy trắng A4, khổ giấy thật (không thu nhỏ, không “vừa trang”).</translation>
    </message>
    <message>
        <source>2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu chữ thập.</source>
        <translation>2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu chữ thập.</translation>
    </message>
    <message>
        <source>3. Dấu (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên: độ lệch ngang là</source>
        <translation>3. Dấu (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên: độ lệch ngang là</translation>
    </message>
    <message>
        <source>    30 − 32 = −2 mm, dọc là 40 − 39 = +1 mm. Nhập hai số đó trong “Căn chỉnh máy in…”.</source>
        <translation>    30 − 32 = −2 mm, dọc là 40 − 39 = +1 mm. Nhập hai số đó trong “Căn chỉnh máy in…”.</translation>
    </message>
    <message>
        <source>4. In lại trang này: mọi dấu chữ thập phải trùng với số ghi bên cạnh.</source>
        <translation>4. In lại trang này: mọi dấu chữ thập phải trùng với số ghi bên cạnh.</translation>
    </message>
    <message>
        <source>BAN THƯỜNG VỤ</source>
        <translation>BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>ĐẢNG ỦY</source>
        <translation>ĐẢNG ỦY</translation>
    </message>
    <message>
        <source>CHI ỦY</source>
        <translation>CHI ỦY</translation>
    </message>
    <message>
        <source>T/M %1</source>
        <translation>T/M %1</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <source>Chi ủy chi bộ%1</source>
        <translation>Chi ủy chi bộ%1</translation>
    </message>
    <message>
        <source>Mẫu 2-SHĐ</source>
        <translation>Mẫu 2-SHĐ</translation>
    </message>
    <message>
        <source>Đảng bộ:</source>
        <translation>Đảng bộ:</translation>
    </message>
    <message>
        <source>Chi bộ:</source>
        <translation>Chi bộ:</translation>
    </message>
    <message>
        <source>Số SĐV:</source>
        <translation>Số SĐV:</translation>
    </message>
    <message>
        <source>Số TĐV:</source>
        <translation>Số TĐV:</translation>
    </message>
    <message>
        <source>Số LL:</source>
        <translation>Số LL:</translation>
    </message>
    <message>
        <source>GIẤY GIỚI THIỆU</source>
        <translation>GIẤY GIỚI THIỆU</translation>
    </message>
    <message>
        <source>SINH HOẠT ĐẢNG TẠM THỜI</source>
        <translation>SINH HOẠT ĐẢNG TẠM THỜI</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <source>Giới thiệu đồng chí:</source>
        <translation>Giới thiệu đồng chí:</translation>
    </message>
    <message>
        <source>Bí danh:</source>
        <translation>Bí danh:</translation>
    </message>
    <message>
        <source>Sinh ngày:</source>
        <translation>Sinh ngày:</translation>
    </message>
    <message>
        <source>Vào Đảng ngày:</source>
        <translation>Vào Đảng ngày:</translation>
    </message>
    <message>
        <source>Chính thức ngày:</source>
        <translation>Chính thức ngày:</translation>
    </message>
    <message>
        <source>dự bị</source>
        <translation>dự bị</translation>
    </message>
    <message>
        <source>Đã đóng đảng phí hết tháng:</source>
        <translation>Đã đóng đảng phí hết tháng:</translation>
    </message>
    <message>
        <source>Đến sinh hoạt đảng tạm thời tại:</source>
        <translation>Đến sinh hoạt đảng tạm thời tại:</translation>
    </message>
    <message>
        <source>Nơi đến:</source>
        <translation>Nơi đến:</translation>
    </message>
    <message>
        <source>Thời hạn từ ngày:</source>
        <translation>Thời hạn từ ngày:</translation>
    </message>
    <message>
        <source>đến ngày:</source>
        <translation>đến ngày:</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo:</source>
        <translation>Hồ sơ kèm theo:</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>GTSHĐ</source>
        <translation>GTSHĐ</translation>
    </message>
    <message>
        <source>KÍNH CHUYỂN:</source>
        <translation>KÍNH CHUYỂN:</translation>
    </message>
    <message>
        <source>Đề nghị nhận và giới thiệu sinh hoạt đảng</source>
        <translation>Đề nghị nhận và giới thiệu sinh hoạt đảng</translation>
    </message>
    <message>
        <source>cho đồng chí:</source>
        <translation>cho đồng chí:</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>tháng</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>T/M</source>
        <translation>T/M</translation>
    </message>
    <message>
        <source>Tổ chức đảng ở %1</source>
        <translation>Tổ chức đảng ở %1</translation>
    </message>
    <message>
        <source>Cơ quan đại diện Việt Nam tại %1</source>
        <translation>Cơ quan đại diện Việt Nam tại %1</translation>
    </message>
    <message>
        <source>%1 giới thiệu đảng viên có tên dưới đây chuyển sinh hoạt đảng chính thức ra ngoài nước:</source>
        <translation>%1 giới thiệu đảng viên có tên dưới đây chuyển sinh hoạt đảng chính thức ra ngoài nước:</translation>
    </message>
    <message>
        <source>Ban Thường vụ</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <source>Hồ sơ kèm theo</source>
        <translation>Hồ sơ kèm theo</translation>
    </message>
    <message>
        <source>Đồng chí báo cáo với cơ quan đại diện Việt Nam và tổ chức đảng ở nước sở tại ngay khi đến để được bố trí sinh hoạt đảng.</source>
        <translation>Đồng chí báo cáo với cơ quan đại diện Việt Nam và tổ chức đảng ở nước sở tại ngay khi đến để được bố trí sinh hoạt đảng.</translation>
    </message>
    <message>
        <source>T/M BAN THƯỜNG VỤ</source>
        <translation>T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>Đảng ủy Bộ Ngoại giao,</source>
        <translation>Đảng ủy Bộ Ngoại giao,</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước</source>
        <translation>danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước</translation>
    </message>
    <message>
        <source>(kèm theo các phiếu 3A-SHĐ cấp ngày %1)</source>
        <translation>(kèm theo các phiếu 3A-SHĐ cấp ngày %1)</translation>
    </message>
    <message>
        <source>(kèm theo các phiếu 3A-SHĐ cấp từ ngày %1 đến ngày %2)</source>
        <translation>(kèm theo các phiếu 3A-SHĐ cấp từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>%1 báo cáo danh sách các đồng chí dưới đây đã được cấp phiếu công tác chính thức ngoài nước (mẫu 3A-SHĐ) để chuyển sinh hoạt đảng chính thức ra ngoài nước; đề nghị Đảng ủy Bộ Ngoại giao theo dõi và thông báo cho tổ chức đảng ở ngoài nước tiếp nhận, quản lý:</source>
        <translation>%1 báo cáo danh sách các đồng chí dưới đây đã được cấp phiếu công tác chính thức ngoài nước (mẫu 3A-SHĐ) để chuyển sinh hoạt đảng chính thức ra ngoài nước; đề nghị Đảng ủy Bộ Ngoại giao theo dõi và thông báo cho tổ chức đảng ở ngoài nước tiếp nhận, quản lý:</translation>
    </message>
    <message>
        <source>Tạm thời</source>
        <translation>Tạm thời</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Chính thức ra ngoài nước (3A-SHĐ)</source>
        <translation>Chính thức ra ngoài nước (3A-SHĐ)</translation>
    </message>
    <message>
        <source>Họ và tên, ngày sinh</source>
        <translation>Họ và tên, ngày sinh</translation>
    </message>
    <message>
        <source>Ngày vào Đảng, ngày chính thức</source>
        <translation>Ngày vào Đảng, ngày chính thức</translation>
    </message>
    <message>
        <source>Hình thức chuyển</source>
        <translation>Hình thức chuyển</translation>
    </message>
    <message>
        <source>%1 đồng chí: tạm thời %2; chính thức %3; chính thức ra ngoài nước %4.</source>
        <translation>%1 đồng chí: tạm thời %2; chính thức %3; chính thức ra ngoài nước %4.</translation>
    </message>
    <message>
        <source>Số GTSHĐ</source>
        <translation>Số GTSHĐ</translation>
    </message>
    <message>
        <source>Ngày giới thiệu đi</source>
        <translation>Ngày giới thiệu đi</translation>
    </message>
    <message>
        <source>Tổ chức đảng nơi đảng viên đến sinh hoạt</source>
        <translation>Tổ chức đảng nơi đảng viên đến sinh hoạt</translation>
    </message>
    <message>
        <source>Cấp ủy trực tiếp nhận và giới thiệu tiếp</source>
        <translation>Cấp ủy trực tiếp nhận và giới thiệu tiếp</translation>
    </message>
    <message>
        <source>Người nhận giấy ký</source>
        <translation>Người nhận giấy ký</translation>
    </message>
    <message>
        <source>Ngày giấy giới thiệu đến</source>
        <translation>Ngày giấy giới thiệu đến</translation>
    </message>
    <message>
        <source>Cấp ủy giới thiệu đảng viên đến</source>
        <translation>Cấp ủy giới thiệu đảng viên đến</translation>
    </message>
    <message>
        <source>Số giấy giới thiệu</source>
        <translation>Số giấy giới thiệu</translation>
    </message>
    <message>
        <source>I. GIỚI THIỆU ĐẢNG VIÊN ĐI</source>
        <translation>I. GIỚI THIỆU ĐẢNG VIÊN ĐI</translation>
    </message>
    <message>
        <source>II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN</source>
        <translation>II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN</translation>
    </message>
    <message>
        <source>III. TỔNG HỢP</source>
        <translation>III. TỔNG HỢP</translation>
    </message>
    <message>
        <source>Giới thiệu đi</source>
        <translation>Giới thiệu đi</translation>
    </message>
    <message>
        <source>Tiếp nhận đến</source>
        <translation>Tiếp nhận đến</translation>
    </message>
</context>
<context>
    <name>orec::sql</name>
    <message>
        <source>The database is in use by another program. Close it there and try again.</source>
        <translation>Cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy đóng ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is not an Overseas Records database, or the key is wrong.</source>
        <translation>Tệp không phải cơ sở dữ liệu của Hồ sơ đảng viên ở nước ngoài, hoặc khóa không đúng.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng (%1).</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>Không đọc hoặc ghi được tệp (%1).</translation>
    </message>
    <message>
        <source>The change was refused by the database: %1.</source>
        <translation>Cơ sở dữ liệu từ chối thay đổi: %1.</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>Lỗi cơ sở dữ liệu: %1.</translation>
    </message>
    <message>
        <source>A database key must be 32 bytes.</source>
        <translation>Khóa cơ sở dữ liệu phải dài 32 byte.</translation>
    </message>
    <message>
        <source>Unencrypted databases are only for benchmarks.</source>
        <translation>Cơ sở dữ liệu không mã hóa chỉ dùng để đo hiệu năng.</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Đây là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Tệp cơ sở dữ liệu không tồn tại.</translation>
    </message>
    <message>
        <source>This is an unencrypted SQLite file; Overseas Records only opens encrypted databases.</source>
        <translation>Đây là tệp SQLite không mã hóa; Hồ sơ đảng viên ở nước ngoài chỉ mở cơ sở dữ liệu đã mã hóa.</translation>
    </message>
    <message>
        <source>This program was linked with plain SQLite instead of SQLCipher; refusing to continue.</source>
        <translation>Chương trình này được liên kết với SQLite thường thay vì SQLCipher; từ chối tiếp tục.</translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not an Overseas Records database.</source>
        <translation>Khóa không mở được cơ sở dữ liệu này, hoặc tệp không phải cơ sở dữ liệu của Hồ sơ đảng viên ở nước ngoài.</translation>
    </message>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Giao dịch đã kết thúc.</translation>
    </message>
</context>
</TS>
