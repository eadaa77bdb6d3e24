<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thông tin hoạt động của Bộ | Cổng thông tin điện tử Bộ Tư pháp</title>
<link rel="canonical" href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Cổng thông tin điện tử Bộ Tư pháp</a></header>
<main>
<h1 class="category-name">Thông tin hoạt động của Bộ</h1>
<div class="list-news">
<div class="box-category-item"><h3 class="box-title-text"><a href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?ItemID=45174" title="Viện kiểm sát truy tố oan người vô tội">Viện kiểm sát truy tố oan người vô tội</a></h3><span class="time">(24/11/2026-14:20)</span><p class="sapo">TAND tỉnh Sóc Trăng vừa tuyên hủy bản án hình sự sơ thẩm của toà án huyện Mỹ Xuyên, giúp công dân Lý Văn Đức thoát khỏi ngồi tù vì lỗi của người khác.</p></div>
<div class="box-category-item"><h3 class="box-title-text"><a href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?ItemID=49852" title="Án oan giảm, lọt tội phạm tăng">Án oan giảm, lọt tội phạm tăng</a></h3><span class="time">(22/11/2026-21:31)</span><p class="sapo">Theo TAND Tối cao, năm 2005 có 4 trường hợp bị kết án oan (giảm so với những năm trước). Cả 4 đều xuất phát từ những sai lầm nghiêm trọng, ảnh hưởng tới quyền lợi hợp pháp của công dân. Cùng với giảm án oan là việc gia tăng tình trạng bỏ lọt tội phạm.</p></div>
</div>
<div class="pagination"><a class="page-number active" href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx">1</a> <a class="page-number" href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?Page=2">2</a> <a href="https://moj.gov.vn/qt/tintuc/Pages/thong-tin-hoat-dong-cua-bo.aspx?Page=2">Trang sau</a></div>
</main>
<footer class="site-footer">© Cổng thông tin điện tử Bộ Tư pháp</footer>
</body>
</html>
