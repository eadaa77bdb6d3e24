<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thông tin chung | Cục Quản lý Thi hành án dân sự</title>
<link rel="canonical" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/AllItems.aspx">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Cục Quản lý Thi hành án dân sự</a></header>
<main>
<h1 class="category-name">Thông tin chung</h1>
<div class="list-news">
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=7015" title="Tạm dừng phong tỏa dự án PetroVietnam Landmark">Tạm dừng phong tỏa dự án PetroVietnam Landmark</a></h3><span class="time">27/11/2026</span><p class="sapo">Chi cục Thi hành án dân sự Q.2 đã có quyết định tạm dừng việc phong tỏa dự án này vì chủ đầu tư đã có động thái trả lời và chứng minh được dự án vẫn đang xây dựng.</p></div>
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=4033" title="Cuộc đua giành chức vô địch ở châu Âu sắp tới hồi kết">Cuộc đua giành chức vô địch ở châu Âu sắp tới hồi kết</a></h3><span class="time">27/11/2026</span><p class="sapo">Tại Italy và Đức, cuộc cạnh tranh ngôi quán quân có lẽ sẽ khốc liệt tới vòng cuối, bởi giữa hai đội đứng nhất và nhỉ bảng xếp hạng các giải Serie A và Bundesliga hiện nay chỉ có sự khác biệt duy nhất là hiệu số. Trái lại, Chelsea, Barca và Lyon coi như đã sớm &quot;cán đích&quot; đầu tiên.</p></div>
<div class="box-category-item"><h3 class="box-title-text"><a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/View_Detail.aspx?ItemID=6498" title="Hoàng Anh Gia Lai buông Champions League châu Á">Hoàng Anh Gia Lai buông Champions League châu Á</a></h3><span class="time">23/11/2026</span><p class="sapo">Sau Bình Định, đến lượt đại diện xuất sắc của bóng đá Việt Nam là Hoàng Anh Gia Lai tiếp tục tung cờ trắng tại đấu trường Champion League châu Á 2004. CLB đương kim vô địch quốc gia chỉ đem sang Indonesia đội hình dự bị, trong cuộc đối đầu với PSM Makassar vào chiều mai.</p></div>
</div>
<div class="pagination"><a class="page-number active" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/AllItems.aspx">1</a> <a class="page-number" href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/AllItems.aspx?Page=2">2</a> <a href="https://thads.moj.gov.vn/noidung/tintuc/Lists/ThongTinChung/AllItems.aspx?Page=2">Trang sau</a></div>
</main>
<footer class="site-footer">© Cục Quản lý Thi hành án dân sự</footer>
</body>
</html>
