<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Từ thực tiễn | Cục Quản lý Thi hành án dân sự</title>
<link rel="canonical" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/AllItems.aspx">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Cục Quản lý Thi hành án dân sự</a></header>
<main>
<h1 class="category-name">Từ thực tiễn</h1>
<div class="list-news">
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/View_Detail.aspx?ItemID=3010" title="ĐKVĐ Cup UEFA trắng tay trên sân nhà">ĐKVĐ Cup UEFA trắng tay trên sân nhà</a></h3><span class="time">23/11/2026</span><p class="sapo">CSKA Moscow đã khởi đầu vòng đấu bảng Cup UEFA đêm qua bằng thất bại 1-2, ngay trên sân nhà trước Marseille. Thủ môn Barthez xuất sắc cản phá một quả penalty, góp công rất lớn trong chiến thắng của đội bóng Pháp.</p></div>
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/View_Detail.aspx?ItemID=3015" title="Án treo giò của Rio Ferdinand bắt đầu từ 20/1">Án treo giò của Rio Ferdinand bắt đầu từ 20/1</a></h3><span class="time">22/11/2026</span><p class="sapo">Chiều qua, Liên đoàn Bóng đá Anh (FA) ra quyết định sẽ thi hành án treo giò 8 tháng đối với trung vệ đội tuyển Anh kể từ ngày 20/1. Như vậy, Rio Ferdinand và CLB MU chỉ có quyền kháng cáo đến hết ngày 19/1.</p></div>
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/View_Detail.aspx?ItemID=7933" title="Bí quyết chiến thắng mới của Lance Armstrong">Bí quyết chiến thắng mới của Lance Armstrong</a></h3><span class="time">21/11/2026</span><p class="sapo">Đó chính là cô bạn gái Sheryl Crow - ca sĩ từng giành được hàng loạt giải Grammy. Cứ mỗi khi Lance Amstrong về đích tại Tour de France, cô luôn có mặt và trao cho anh những nụ hôn nồng thắm.</p></div>
</div>
<div class="pagination"><a class="page-number active" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/AllItems.aspx">1</a> <a class="page-number" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/AllItems.aspx?Page=2">2</a> <a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/TuThucTien/AllItems.aspx?Page=2">Trang sau</a></div>
</main>
<footer class="site-footer">© Cục Quản lý Thi hành án dân sự</footer>
</body>
</html>
