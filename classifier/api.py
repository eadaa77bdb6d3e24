"""The classifier's public API: train, load, classify, evaluate.

Relevance (binary) and assessment (four labels, trained on relevant examples only) are two
calibrated linear scikit-learn pipelines over the same features; rule signals
(:mod:`classifier.rules`) push a relevant article to ``inaccurate`` or ``needs_correction``; the
province comes from :mod:`classifier.provinces`; reasons name the terms and signals behind each
decision.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.pipeline import Pipeline

from classifier import artifact
from classifier.artifact import ArtifactError
from classifier.features import BATCH, LEXICON, ArticleFeatures, batches
from classifier.linear import LinearProba
from classifier.models import (
    CANDIDATES,
    CORPUS,
    DEFAULT,
    Candidate,
    Thresholds,
    best_candidate,
    corpus_rows,
    corpus_signals,
    cross_validate,
    cv_folds,
    data_hash,
    documents,
    fit_features,
    make_pipeline,
    selection_score,
    short_flags,
    supported,
    teaches_assessment,
    with_lead_views,
    without_furniture,
)
from classifier.result import ACTION_LABELS, LABEL_NAMES_VI, LABELS, Classification
from classifier.rules import (
    NOT_POSITIVE,
    auction_trade,
    bank_sale,
    complaint_about_thads,
    confiscated_sale,
    court_ruling,
    criminal_enforcement_by_thads,
    criminal_story,
    decide,
    justice_fields,
    names_civil_enforcement,
    officer_at_work,
    passing_mention,
    signals,
    sports_sanction,
    thads_headline,
    thads_lead,
)
from classifier.textprep import compose, strip_folded

__all__ = [
    "DECISION_REVISION",
    "ArtifactError",
    "Classifier",
    "FeedbackExample",
    "evaluate",
    "load",
    "load_or_train",
    "train",
]

log = logging.getLogger(__name__)
N_TERMS = 3
# Confidence of a decision a rule signal made (classifier.rules): the signals are narrow
# statements (their hits in the labelled corpus carry the signal's decision), so the label, or
# the relevance a headline decided, is reported with at least this confidence instead of the
# text model's low probability for it; other labels share the rest in their model proportions.
RULE_LABEL_SCORE = 0.9
# The revision of the decision code around a trained model: the rule signals and how they
# settle a decision (classifier.rules), the lexicon's matching, the province mapper. It is part
# of the version recorded with every classification (``Classifier.version``), so a stored label
# says which decisions made it, and ``diemtin classify --db`` classifies again, beside the old
# rows, what an older revision labelled. Raise it with any change that can change a decision;
# tests/test_decisions.py fails when the rules or the province mapper decide differently on its
# probes.
#   1 (stops 1-13): rules (a)-(d); recorded without a suffix.
#   2: formal notices (e) and complaints (f); "theo dõi thi hành án" is not an enforcement team.
#   3: results reports (g) are positive; a headline with enforcement results in figures
#      ("thi hành xong 1.895 việc") is relevant (d); (f) knows "không bình thường" (as "bất
#      thường") and "không thể thi hành" (as "không được thi hành").
#   4: province (classifier.provinces): Hà Nội named once, closing an address ("phường Hoàn
#      Kiếm, Hà Nội"), is the story's place, not the ministry's seat; a home province ("quê
#      Nghệ An") weighs half of another mention; cities and towns name their province ("Nha
#      Trang", "Phú Quốc", "Quy Nhơn"). The decisions record now holds provinces.
#      (f) takes a complaint about a seizure or coercion suffered ("kêu cứu vì căn nhà bị kê
#      biên") as it took one about "việc kê biên"; (c) knows "làm khó" (as "gây khó khăn");
#      (g) takes "đấu giá thành công" as successful enforcement, unless the opening says the
#      asset is not handed over.
#   5: an initial ("ông T.", "Công ty M.") or "TP." is no sentence end, so it no longer takes a
#      sentence of the opening that (f) and (g) read; (f) takes "cưỡng chế oan" as wrongful
#      and reads the negations of the complaint's own sentence only; (c) knows "tố" right before
#      the officer and "sai phạm/sai sót/tiêu cực/khuất tất của" the officer, not "nếu để xảy
#      ra"; "có hay không" is a question, not a denial; (h) a legal explainer headline
#      ("Hướng dẫn ...", "... thế nào?", "... là bao lâu?") is neutral when no other rule speaks;
#      (e) takes a personnel announcement ("Bổ nhiệm Phó Cục trưởng ...") as a notice.
#      Province, text without diacritics: an agency's name ("Thi hanh an dan su thanh pho Ha
#      Noi", "khu vuc 2 – Vinh Long") and an address ("phuong Hoan Kiem, Ha Noi") decide as
#      they do with diacritics.
#   6: from five rounds of probes written for today's press and two blind sets (the
#      decisions record, tests/fixtures/decisions/SOURCE.md; docs/ARCHITECTURE.md):
#      (a) skips the passive ("chấp hành viên bị bắt tạm giam" is misconduct), knows "tạm
#      giam" and "chủ trì, phối hợp", and makes an article relevant; (b) skips a name told as
#      history ("năm 2024 ... Chi cục ...", "... quận Lê Chân cũ, nay do ...");
#      (c) knows neglect, complicity, harassment ("bỏ mặc", "tiếp tay", "làm luật", "gây phiền
#      hà"), a bailiff (thừa phát lại) and "bị tố";
#      (f) takes a headline asking who answers for a failing or why it lasts ("Ai chịu trách
#      nhiệm ...?", "Vì sao ... chưa ...?", "Đến bao giờ ...?"), a party waiting in vain ("mỏi
#      mòn chờ"), a step not taken in time ("không được ... kê biên kịp thời"), coercion
#      despite a pending appeal (either order), a party not paid or never notified ("vẫn chưa
#      nhận được đồng nào", "không hề nhận được thông báo"), a sale said to be too cheap, a
#      demand to annul it, a seizure beyond the debt, a request left unanswered, a reader's
#      letter ("Thư bạn đọc: ...", "đơn ... gửi Báo"), "kêu trời";
#      (g) takes a debtor persuaded into compliance, a good deed and praise ("vượt khó", "tận
#      tụy") as positive; (h) knows "Thủ tục ...", "...: những lưu ý";
#      new neutral rules, each only where no other rule speaks: (i) the debtor's evasion acted
#      on; (j) a routine step of the agency; (l) news of a law being made; and (k) the
#      authority's reply, which (f) does not read; new rule (m): a sports ban ("thi hành án
#      treo giò") is not relevant;
#      the opening counts sentences, not paragraph breaks; "nham", "ngam" in a text with
#      diacritics that never writes "nhầm", "ngâm" are not read; province, text without
#      diacritics: a street ("duong Ho Chi Minh") or a person ("ba Dong Nai Thi H.") is not the
#      province, as with diacritics.
#   7: from two more blind sets (docs/ARCHITECTURE.md), where a critical story's stance shows
#      only after a neutral opening: (f) also reads the body after the opening, unless the
#      failing is told as settled, as past ("từng khiếu nại", "khiếu nại này sau đó đã được
#      giải quyết") or as the authority answering a question; new signal press_follow_up: the
#      newspaper asks the authority to clarify or answer, promises to keep reporting, or had
#      no answer ("Báo ... đề nghị Thi hành án dân sự tỉnh X làm rõ", "Dân trí sẽ tiếp tục
#      thông tin về vụ việc"), not a directive of the agency's superiors; (f) knows a complaint
#      filed ("gửi đơn khiếu nại"), seized property left idle ("đắp chiếu"), "chưa nhận lại
#      được", a longer "vẫn cưỡng chế ... dù"; (c), or (f) in an opening that names a THADS
#      office or officer, makes an article relevant (thads_complaint); (b) skips a name in a
#      sentence that tells a career or a date before 2025 ("Ông từng giữ các chức vụ Chi cục
#      trưởng ...", "Tháng 6/2019, Chi cục ..."); (g) takes a backlog cleared ("thi hành xong
#      vụ việc tồn đọng") and a reform easing people's business ("giúp ... thuận tiện"), and a
#      shortfall told as overcome ("không còn sai sót", "không phát sinh khiếu nại") is no
#      critical word; (g) also takes all of a kind done ("100% ... được thi hành xong") and
#      victims paid ("hoàn tất chi trả ... cho bị hại"); (e) takes "có tân Phó Trưởng ..." and
#      "công bố địa bàn, danh sách ..."; (a) knows escorting convicts ("áp giải", "đưa ... đi
#      chấp hành án phạt tù"); (c) leaves a passive act to the person named before it ("người
#      bị kết án"); (b) skips a name told as abolished ("các Chi cục ... chấm dứt hoạt động",
#      "... được tổ chức lại thành ..."); (f) knows an auction buyer "vẫn chưa được giao tài
#      sản". After a seventh blind set was measured: a case told as closed ("Người dân đã nhận
#      đủ ...", "kết thúc êm thấm", "hòa giải thành") is no complaint, in its sentence or the
#      next, nor later in a story whose opening tells it closed, and (g) takes it as positive;
#      (f) knows the wrong named first ("Bất thường vụ bán đấu giá ..."), "giá bèo", seized
#      property left to rot ("để mục"), "vì sao ... suốt 6 năm", coercion after payment ("Đã
#      nộp án phí, vẫn bị ... khấu trừ"); "quyền sử dụng đất" is no negation ("quyền"); (b)
#      skips predecessors merged or handed over ("trên cơ sở hợp nhất Cục ...", "chuyển từ Chi
#      cục ..."); (g) takes victims receiving money, "chuyển biến rõ nét", a portrait ("gắn bó
#      với nghề", "tận tình"); (j) takes a training; (d) takes a bailiff's record ("vi bằng").
#      After an eighth blind set was measured: (f) knows a third party's property seized for
#      another's debt and wages unpaid ("chưa nhận được lương"); (f) in the opening makes an
#      article relevant when THADS is named anywhere in it, not only in the opening; (g) takes
#      a backlog closed ("khép lại vụ việc tồn đọng"), a reform sparing paperwork ("bớt giấy
#      tờ, đi lại") and a portrait's "vượt dốc".
#   8: (f) in the body: a closing phrase denied ("vẫn chưa được giải quyết dứt điểm", "chưa
#      được khép lại") no longer tells the complaint settled; the closing phrases are read with
#      their negation guard (_CLOSED) only, and a demand or a hope ("đề nghị sớm giải quyết dứt
#      điểm", "tưởng đã khép lại") is none. After a ninth blind set was measured: new rule (n),
#      results whose own figures contradict each other ("thi hành xong 3.200 việc" of "4.000
#      việc", "đạt tỷ lệ 92%"; more finished than there was to enforce), inaccurate; (a) knows a
#      prison term passed ("phạt 18 tháng tù") and a wanted notice ("truy nã"), not where the
#      court passes it; (c) leaves the procedure for denunciations ("giải quyết khiếu nại, tố
#      cáo trong thi hành án dân sự") alone; (f) knows a party not notified ("không được thông
#      báo đầy đủ"), the press having asked the authority ("đã liên hệ Thi hành án dân sự ... đề
#      nghị cung cấp thông tin"), and a headline telling the case closed makes the complaints of
#      the opening past; (g) takes the parties brought to agree ("thỏa thuận xong") and a
#      backlog "vụ thi hành án tồn đọng" settled; (d) leaves a police warning of a fraud "qua
#      vi bằng" alone; a full stop inside a word ("TP.HCM") no longer ends a rule's clause.
#      After a tenth blind set was measured: (n) takes a rate of the finished above 100%; an
#      allegation makes an article relevant when it names civil enforcement by its acts or the
#      civil judgment enforced ("cưỡng chế thi hành án", "bản án tranh chấp đất"), no office
#      named; an impostor ("tự xưng cán bộ thi hành án") is no officer for (c) or (d); (f) knows
#      a seizure many times the debt ("gấp 10 lần"), "chậm thi hành bản án", "Bạn đọc đơn
#      thư"; a headline telling the case settled ("Dứt điểm vụ việc ...", "... nhận lại nhà")
#      makes the complaints of the opening past; (k) takes "thông tin vụ việc", not where
#      people complain in the headline; (g) takes victims repaid ("hoàn trả ... cho 900 bị
#      hại") and an online service, not under a plan's headline ("Phát động phong trào thi
#      đua ..."), which (j) takes as routine. After an eleventh blind set was measured: (b)
#      skips an old name followed by its place and "cũ" ("Chi cục THADS huyện Thạch Hà cũ đã
#      ..."); (f) leaves an administrative judgment unenforced (the administrative body
#      enforces it) and a debtor's own cheap transfer alone; "hóa giải mâu thuẫn" tells a case
#      closed; (g) takes officers paying for a poor debtor and a backlog named by its kind ("37
#      việc thi hành án tín dụng, ngân hàng tồn đọng"). After a twelfth blind set was
#      measured: (b) skips an old name told at the time of the events ("Chi cục THADS huyện X
#      khi đó ra quyết định ...", "... thụ lý từ năm 2020", "... trước khi về Phòng THADS khu
#      vực 2", a longer place before "cũ"), which made nine critical or portrait stories of the
#      set inaccurate; (a) knows THADS said to manage prisoners ("quản lý, giáo dục ... phạm
#      nhân"); (f) leaves counted administrative judgments of the monitoring alone ("Còn 214 bản
#      án, quyết định chưa thi hành xong"), not one party's unenforced one; (g) takes a long
#      case closed ("Khép lại vụ việc kéo dài 11 năm", "kết thúc vụ tranh chấp ... kéo dài")
#      and an amount paid to victims ("Chi trả thêm hơn 1.300 tỷ đồng cho trái chủ"); a
#      figure with a thousands dot ("1.300") no longer ends a rule's clause. After a
#      thirteenth blind set was measured: (b) skips an old office told in the year of the
#      events ("thụ lý cùng năm", "cuối năm đó"); (f) leaves "lãi chậm thi hành án" (the
#      interest a late debtor owes) alone; (k) takes a headline ending "... thông tin"; (g)
#      takes an officer refusing a bribe and money "được chi trả cho người bị hại". After a
#      fourteenth blind set was measured: in a text with diacritics that never writes "nhũng
#      nhiễu", "nhung nhieu" is "nhưng nhiều" (but many), not harassment for (c); (b) skips
#      "từ thời Chi cục ...", the abolished level ("các Chi cục THADS cấp huyện") and files
#      handed over from it ("chuyển giao hồ sơ từ các Chi cục ...").
#   9: After a fifteenth blind set was measured: (b) skips an old office told years ago or
#      while one still worked there ("Nhiều năm trước, khi còn công tác tại Chi cục ..."), told
#      as gone ("Nay không còn Chi cục ...", "sau khi bỏ Chi cục ..."), in a career's list past
#      a ";" ("từng giữ các chức vụ ...; Phó Trưởng phòng ..., Cục THADS tỉnh Hòa Bình") and with
#      a long place before "trước đây" or "cũ"; (a) leaves an officer "bị khởi tố, bắt tạm
#      giam" to (c); (n) reads a base told between the finished and its rate ("thi hành xong
#      9.130 việc trên tổng số 12.460 việc ..., đạt tỷ lệ 93,2%") or in the sentence before
#      with its unit, and "có 12.460 việc có điều kiện"; new rule (o): a routine coercion in the
#      headline ("Cưỡng chế giao căn nhà ...") turns the text model's positive neutral; (j)
#      takes a delegation's working visit; (g) takes "thu hồi toàn bộ ..." and reads a fault
#      of the criminal case ("vụ án sai phạm đất đai") as no fault of the agency's; (h) takes a
#      reader's question "... ở đâu ...?", "... ra sao?". After a sixteenth blind set was
#      measured: (b) skips the old agencies listed as gone ("Mô hình Tổng cục ..., Cục ... và
#      Chi cục ... không còn."); (a) leaves a coordination with the police ("Phòng Cảnh sát thi
#      hành án hình sự ...") alone; (f) takes a headline telling years without the money ("12
#      năm chưa đòi được tiền lương") or a judgment "treo"; (g) no longer reads an office's plan
#      for the new year ("... triển khai nhiệm vụ năm 2027") as results, and takes a reform
#      sparing long trips ("bớt cảnh đi lại"). New rule (p): a body of 1,500 characters or
#      more that names civil enforcement's work in one sentence only, outside its opening, is
#      a mention in passing, not relevant (107 corpus articles, none relevant; two of the
#      replica's relevant ones: a railway bill, a judicial reform conference). After a
#      seventeenth and an eighteenth blind set were measured: (b) skips an old office in the
#      next step of a story told with its date ("Tháng 11/2019, bà M. nộp đơn. Chi cục ... ra
#      quyết định", "... sau đó ra quyết định"); (f) leaves a complaint of those days ("Khi đó,
#      một người dân gửi đơn khiếu nại ...") and one a reform prevents ("hạn chế tình trạng
#      đương sự khiếu nại") alone, and takes a party paid yet left frozen ("vẫn bị 'treo' sổ
#      đỏ"); (h)'s reader's question is one on a step ("nộp đơn ... ở đâu", "cần làm gì ...?"),
#      not "..., cơ quan thi hành án ở đâu?", and takes "những điều người dân cần biết"; (g)
#      reads a debtor's hardship in a charity story as no fault, and takes a pilot ("thí điểm
#      ... trực tuyến") and the portrait column "Chuyện nghề"; (j) takes training on a law
#      ("quán triệt", "triển khai Luật") and a plan issued. New rule (q): a year's national
#      results stated far from the official ones (classifier/data/official_results.json, 2025
#      so far), inaccurate. After a twentieth blind set was measured: (b) skips an old office
#      after a sentence telling a year before 2025 (the name's sentence not telling now or
#      next: "hiện", "đang", "sẽ", "vừa"), the offices a case went through ("lần lượt đi qua
#      ... và nay là ..."), files "thụ lý trước ngày 1/7/2025" and "cũ" right after the name's
#      place; (c) leaves "trước thời điểm khởi tố, chấp hành viên phải ..." alone; (g) takes a
#      failing told gone ("không còn tình trạng ..."), money paid out ("Chi trả hơn 38 tỷ
#      đồng") and people paying of their own will; (o) takes a coercion announced ("Sắp cưỡng
#      chế ..."). (b) reads the words before a name in its own sentence only: a year of the
#      sentence before counts as above, with the guard of "hiện", "sẽ" ... After a nineteenth
#      blind set was measured, the last: (j) takes a bailiff office licensed, an exam for
#      officers and a planning meeting ("Họp liên ngành bàn phương án cưỡng chế"); (h) a
#      question "Có thể ...?"; (g) a backlog settled told far from its "tồn đọng". After a
#      twenty-second blind set was measured: (d) takes a headline naming a party of civil
#      enforcement ("người được thi hành án") or a handover to an auction's buyer; (f) takes a
#      small debt told against a large seizure ("Nợ 320 triệu đồng, ... bị kê biên cả lô đất
#      trị giá gần 3 tỷ") and another's land seized; (b) skips "..., nay nhiệm vụ do ..."; (j)
#      takes a recruitment and "Kiểm tra công tác ...". After a twenty-first blind set was
#      measured, the last: (g) takes a portrait's headline ("Người chấp hành viên ...", "Những
#      người 'gõ cửa' thi hành án ..."; not a party, "Người phải thi hành án ...") and cases
#      "trọng điểm" settled, and reads a risk of complaints ("nguy cơ phát sinh khiếu nại") as
#      none.
#  10: after a twenty-third and a twenty-fourth blind set were measured: new rule (r), the law
#      stated wrongly on its face (classifier/rules/law.py: a time limit to request enforcement
#      other than five years, the agency placed under the court, a chief judge deciding
#      coercion), inaccurate. (b) skips the old offices after the restructuring ended them ("Một
#      năm sau sắp xếp, hồ sơ của các Chi cục ...") and the system counted as it was ("từ 63 Cục
#      ... nay còn 34 ..."); (f) takes years told, then what is still not had ("Bốn năm cầm bản
#      án, ... vẫn chưa lấy lại được"), postponements ("năm lần bị hoãn", "mỏi mòn vì"), a scandal
#      of an auction ("Lùm xùm phiên đấu giá"), a measure taken for a name alike ("vì trùng
#      tên"), and leaves the criminal case named by its fault ("Thi hành án vụ sai phạm ...")
#      alone; (c) takes harassment ("hạch sách", "'hành' hồ sơ") and leaves a team of officers
#      ("tổ chấp hành viên") alone; (g) takes one case done in full ("Thi hành xong vụ án ...",
#      "thu hồi đủ ..."), a case "đã được giải quyết dứt điểm", a Zalo channel or an online
#      lookup system launched, and reads a creditor's bad debt outstanding ("nợ xấu tồn đọng")
#      and obstacles dealt with ("xử lý xong các vướng mắc") as no critical word. After a
#      twenty-sixth and a twenty-seventh blind set were measured: (r) also takes the agency run
#      by a chief judge or its officers appointed by one, the Cục under the court, civil
#      enforcement under the police ("... do Bộ Công an quản lý"); (q) reads the trade named
#      ("ngành thi hành án dân sự"), rates told with a hedge ("tức chưa tới 6%", "chỉ thi hành
#      xong khoảng 61% số việc") and the year's money done far below the official amount; (f)
#      takes a judgment shelved ("... vẫn 'đắp chiếu'", "bản án trên giấy"), an outcry ("kêu khó
#      vì"), "vẫn tay trắng", reads a judgment ordering a payment and a seizure "để thi hành" as
#      naming civil enforcement, and leaves letters counted or handled in general alone; (c)
#      takes faults found "tại" an office, not "hạn chế sai sót" nor "giữa xét xử và thi hành
#      án"; (j)'s working session or visit speaks before (g), and takes "triển khai nhiệm vụ thi
#      hành án dân sự"; (e) takes a reception schedule; (h) "... là ai ...?"; (k) leaves
#      "phản hồi kịp thời" alone. New rule (s): a court's ruling or a trial headlined with no
#      work of civil enforcement and no allegation against THADS is not relevant (28 corpus
#      articles, none relevant); (f) takes "vẫn chưa tổ chức thi hành". After a thirtieth and
#      a thirty-first blind set were measured: new rule (t), a feed item whose lead names a THADS
#      office or officer or civil enforcement's own work is relevant; (f) takes framings of a
#      failing in the headline ("cầm bản án", "ba lần hoãn cưỡng chế", "bao giờ đến lượt
#      mình", "Kê biên cả ...", "... mới biết ... bị kê biên", "'không có tài sản' vẫn ...", an
#      eviction's hardship, a sale "về tay người quen", a relative's house seized, a small debt
#      against the whole of a crop, "chưa ai nhận"), and reads a won lawsuit not paid and a debt
#      seized for as civil enforcement's work; (g) takes targets met early, a queue spared,
#      backlog cases settled and thanks to officers; (r) takes THADS files handed to the
#      communes; the province mapper reads a former province told "cũ" as a place. After a
#      thirty-second and a thirty-fourth blind set were measured: (h) takes a how-to question on
#      a remedy whatever failing it names ("..., khiếu nại ở đâu và trong bao lâu?", "Bị kê biên
#      nhầm ..., yêu cầu Nhà nước bồi thường thế nào?"; (f) does not read such an article), a
#      procedure named last, the time allowed, a law's main points, "... có mất phần?"; (j)
#      takes officers counted at a training, (e) an office moving; (g) takes complaints settled,
#      a smooth handover, waiting spared, a receptive practice; (f) takes a buyer kept out, money
#      lying in the office's account, an only home lost; (r) takes a postponement decided by the
#      commune's chairman, a pension taken whole, the fee put on the debtor or above 3%, a
#      bailiff said a civil servant; (c) leaves "đọc kỹ Luật ..." alone. After a
#      thirty-third blind set was measured: (a) takes a convict managed while he serves his
#      term; (r) mortgaged property said never to be seized; (f) takes a complaint about a
#      sale, "Tố thi hành án ...", "đòi công khai", homes feared lost to a seizure, and no
#      longer reads "thu hồi." or "phản hồi." ending a sentence as a reader's "Hỏi:"; (g)
#      reads "vụ sai phạm ..." as the criminal case's fault, takes money returned to victims
#      and a payment round (not its schedule announced); (c) leaves assets "được chuyển giao cho
#      cơ quan thi hành án" after a trial alone. After a thirty-fifth and a thirty-sixth blind
#      set were measured: an allegation or a complaint ((c), (f)) makes the label
#      needs_correction even where the text model says inaccurate (it gives no concrete reason;
#      action_needed is the same); (f) takes "Trả xong nợ ..., vẫn bị kê biên" and years waiting
#      to be paid (not told ended); (h) "... có phải trả ...?"; (j) files reviewed, a
#      procuracy's inspection, a review meeting ("Sơ kết", "Tổng kết") where (g) finds no result.
#  11: after a thirty-eighth and a forty-first blind set were measured: (a) takes a death
#      sentence carried out in part or counted ("thi hành cả phần hình phạt tử hình", "tổ chức
#      thi hành 3 bản án tử hình"), told as the agency's second task up to 40 syllables after
#      it ("..., đồng thời tổ chức thi hành ...") and with a prison's help for its sake ("phối
#      hợp với trại tạm giam để tổ chức ..."), reads a clause across a figure's dot ("1.200")
#      and every act after the agency, and no longer reads "trại tạm giam" or "quan tâm giám
#      sát" folded as detention; (f) takes a case lying still ("'nằm im' ba năm"), a party
#      crying out over enforcement ("... kêu cứu"), fees or fines hanging for years ("'treo'
#      nhiều năm"), years waiting for a judgment to be enforced, coercion while the party awaits
#      a review ("khi gia đình đang chờ giám đốc thẩm") and a debtor's assets left alone ("có
#      tài sản nhưng không bị xử lý"); it no longer reads the body of an institutional event
#      (a training, a conference, a signing, a review of the year) nor a reader's-letter heading
#      in a body, and reads a public apology made or compensation paid as the case closed; (q)
#      takes the national system from the sentence before only where that sentence tells no
#      province ("trên địa bàn tỉnh ...", "toàn tỉnh").
#  12: after a forty-sixth blind set was measured (a forty-seventh held out): (b) reads an old
#      office named in a handover of files ("chuyển giao hồ sơ, tài sản, tài khoản từ các Chi cục
#      ... cũ sang ..."), after "Trước ngày 1/7/2025", in a list whose last name is the old one,
#      or after a year told before a paragraph break as history, and an office sending someone
#      now ("Chi cục ... cử chấp hành viên") as live; (r) takes the agency or its officer
#      annulling or retrying a judgment ("ban hành quyết định hủy bản án phúc thẩm", "tự tổ chức
#      xử lại"); (f) takes a valuation far below the market or opposed, a buyer not handed the
#      land by the office named between, a reader's request headlined; (g) a reform applied and
#      payment made quick or transparent, and no longer reads "mô hình mới thi hành án dân sự" as
#      "only just enforced"; (j) a training or a briefing after the place ("Thái Nguyên tập huấn
#      ..."); (l) a headline ending with the date a model takes effect ("... từ 1/7").
#  13: after a forty-ninth blind set (feed items) was measured: (f) takes a file left
#      unverified ("đến nay chưa được xác minh"), an agency taking no step ("chưa áp dụng biện
#      pháp cưỡng chế nào") or helpless in the headline ("'bó tay'"), a house seized for a small
#      debt ("bị kê biên cả căn nhà"), a family put out ("ra đường"), a complaint about an
#      enforcement file, and an enforcement file or a frozen account makes such a complaint
#      about THADS; (g) takes a backlog case untangled ("'gỡ' vụ việc tồn đọng"), time cut,
#      people's praise, backlog files settled faster, and no longer reads "khoản thu, chi thi
#      hành án" as "only enforced"; (e) takes "có thêm Phó Cục trưởng"; (r) takes an officer
#      forgiving a debt. Then, after a forty-eighth (an ordinary month) and a fiftieth (hard
#      cases) set: (a) takes a prison term postponed, suspended or cut by THADS; (r) compensation
#      forgiven, a pension taken above 30%, a commune's chairman deciding the coercion of a civil
#      judgment, the fee told as the debtor's ("do người phải thi hành án chịu"), the only home
#      said never to be seized; (q) reads the year across a paragraph break; (f) takes a party
#      paid and still told of coercion, victims not paid out, and parties agreeing or the
#      enforcement ended as the case closed; (j) judgments followed, a regulation signed, a
#      procuracy's check, an inspection whose field is complaint handling; (e) an office's
#      addresses and reception schedule, a price cut notice; (g) the agency's own lawsuit won,
#      one backlog case done, and nothing under a law-news headline.
#  14: after a fifty-first (the agency's news), a fifty-second (stories to act on) and a
#      fifty-third (provinces) blind set were measured: the province of a body dateline ("HÀ
#      GIANG - ...", "(PLVN) - BÌNH ĐỊNH - ..."), "vùng cao Hà Giang", the former Hà Tây, and no
#      province for a national story that names Hà Nội as its venue; (a) no longer reads "bám ấp,
#      giải quyết" as escorting convicts; (r) a deduction from wages above 30% told after them,
#      any property said seizable, a chief judge deciding to enforce a civil judgment, an
#      officer setting court fees, a judgment said to expire, the Phòng placed under the commune
#      or its chairman deciding enforcement; (f) a step still not taken with the office named
#      between, enforcement or a payment late, a demand to clear up in the headline, but not a
#      party kept waiting by the debtor nor a "Làm gì khi ...?" question; (g) emulation titles,
#      a sale in a corruption case, victims paid, backlog cases done, "bám ấp"; (j) a meeting's
#      agenda is no complaint, its head named first, statistics, union activities, a handover
#      "tổ chức"; (e) officers moved, an organisation decision, an auction's round, owed money
#      looked for; (k) the Ministry's reply, not a request to clear up; (i) a debtor selling
#      seized property.
#  15: after a fifty-fourth (two weeks), a fifty-fifth (long stories) and a fifty-sixth
#      (snippets without diacritics) blind set were measured: (a) a death sentence carried out
#      "in coordination" by THADS is still its false claim; (r) the agency placed under the
#      police, or annulling a judgment ("tuyên hủy", "có quyền hủy bản án"), and a denial only
#      right before or in such a claim undoes it; (b) a list of old offices told ended, and a
#      debtor's "đang" far after the name is no present of the office; (f) a buyer's home seized
#      for the seller's debt, not verified with care, paid and still told of coercion, years of
#      delay; (g) a coercion ending a debtor's years of delay; (k) an office answering what a
#      reader reported before the headline's colon; (e) a notice after a dateline, owed money
#      looked for; (h) "làm thế nào để"; (j) a working session, a new bailiff office.
#  16: after a fifty-ninth blind set (the guide's boundaries) was measured: (r) a voluntary
#      period other than ten days, an exemption from the duty to enforce decided by the office
#      (a court's), the provincial office placed under the province; (f) money not paid out by
#      the office named between, "lên trụ sở hỏi" no longer read as a reader's question, "Đừng
#      để người thắng kiện 'ôm' bản án", an old woman carried out; (j) figures released; (h)
#      where to turn ("liên hệ ... ở đâu?").
#  17: after a sixtieth (a month of 2026) and a sixty-first (feed items) blind set were
#      measured: (c) officers "shaking hands" with debtors; (b) the old structure told as kept
#      ("63 cơ quan thi hành án dân sự cấp tỉnh ... tiếp tục được giữ nguyên"), "Trước sắp xếp"
#      as history; (r) a bank debt said exempted, a commune deciding enforcement told after a
#      change ("khi không còn cấp huyện, ...": only a denial right before or in such a claim
#      undoes it); (f) waiting years ("2 năm đợi tiền"), a step not taken (deductions, "không
#      kịp áp dụng biện pháp"), a late seizure, people accusing the office, an eviction before
#      Tết, a house sold for a small debt, "không tương xứng", and not a headline that tells
#      the money paid ("đã về tay người dân") nor an administrative count in the body; (g) a
#      debtor paying of his own will, old amounts paid out, "điểm sáng", "tồn đọng nhiều năm"
#      cleared; (j) a signing headline, complaint handling as a field of work.
#  18: the province: a title's place told as where the enforcement is ("khoản tiền thi hành án
#      ở Trà Vinh", "sau vụ kiện ở Kon Tum") outweighs a party's home told in it ("Công nhân ở
#      Bình Dương ...").
#  19: (r)'s voluntary period is the period given "để tự nguyện thi hành", not a story of a debtor
#      paying within days ("Chỉ trong 5 ngày ..., ông A đã tự nguyện thi hành xong").
#  20: after four more blind sets (66: a week of 2026, 67: feed items, 68: stories to act on,
#      69: the agency's news) were measured: (a) an office said to be "still not" carrying out a
#      death sentence ("vẫn chưa tổ chức thi hành án tử hình") is given the task, only "chưa bao
#      giờ", "chưa từng" deny it; (c) no act in a kind of case ("án tham nhũng") nor a trial in
#      "cơ quan xét xử"; (f) a party crying out at a step ("kêu bị phong tỏa"), money "vẫn
#      treo", "chờ nhận lại" as still awaited, and not a lead's complaints under a headline that
#      tells the enforcement succeeded; (g) the property back ("nhận lại đất"), "thu hồi trọn",
#      "tồn đọng ... khép lại"; (j) a briefing ("giao ban") as a session, a training of skills,
#      a plan issued or judgments monitored after the place; (e) a notice after the office that
#      gives it; (k) "thông tin chính thức".
#  21: (k) an answer told denied or late in the headline ("cơ quan thi hành án không trả lời",
#      "chưa phản hồi đơn") is no answer but (f)'s complaint, told either way round; an office
#      "giải thích" answers.
#  22: after blind sets 70 (a month of 2026) and 71 (what the working group reads) were
#      measured: a citizens' reception headlined as such hears complaints, it does not report
#      them; (c) none such told before an officer's fault ("không có vụ việc nào ... do sai sót
#      của chấp hành viên"); (g) a woman named "Thu" is no "chỉ thu" (nor "Đạt" a "chỉ đạt"),
#      a house back ("nhận lại ngôi nhà"), a payment told done ("hoàn tất chi trả") also
#      closes (f)'s delay, "chờ đợi nhận lại" still awaited; (f) "bản án" is no sale ("chỉ
#      bằng điện thoại"); (h) what papers are needed, whether a stay may be asked, "có 'mất'?";
#      (a) convicts received and managed, counted; (r) the court told before the office, the
#      Cục told the police's.
#  23: the province: 38 more towns and former districts the press names alone, mapped to the
#      unit that absorbed them in 2025 ("Lâm Hà", "Kinh Môn", "Cai Lậy", "Trảng Bàng", "Bến
#      Lức", "Đông Triều" ...; not names that are also a person's, a people's, a word or a
#      commune's: "Đồng Văn", "Gia Rai", "Hòa Thành", "Ngọc Hồi", "An Nhơn", "La Gi").
#  24: after blind sets 72 (a fortnight of 2026) and 73 (hard cases) were measured on 23:
#      (r) the law named before "miễn, giảm" is no office forgiving a debt ("Pháp luật thi hành
#      án dân sự có cơ chế xét miễn, giảm"); officers said the court's staff ("chấp hành viên là
#      chức danh thuộc Tòa án", "được Chánh án phân công"); (k) an office's "nói gì?"; (f) none
#      of it "still" collected ("vẫn chưa thu được đồng nào"), letters left unanswered ("những
#      lá đơn chưa có hồi âm"); (g) another round of payments to victims, a property sold at last
#      ("đã có người mua").
#  25: after blind sets 74 (a representative sample) and 75 (provincial papers) were measured
#      on 24: (r) the office quoted on an exemption ("Theo Thi hành án dân sự tỉnh ..., việc
#      xét miễn, giảm ...") forgives nothing; (k) a reply column headlined by its answer ("Trả
#      lời đơn của bà ...", "Thông tin thêm về ..."); (f) a headline telling the enforcement
#      done or swift ("...: nhanh gọn, an toàn", "Xử lý xong ...", "bản án ... đã được thi hành
#      xong") leaves its lead's and body's past complaints, a property received after years
#      closes the wait; (g) a result the headline itself tells is the story's point whatever
#      past delay the lead recalls, a judgment done at last, a bad debt dealt with, a handover
#      or a house received after years.
#  26: 25 as first committed let any result a headline tells outweigh the critical words of the
#      opening ("Cưỡng chế thành công" over a debtor's years of delay told as present, a reform
#      over people still "bức xúc"), which four rule tests caught; only a case done at last
#      (a judgment done, a bad debt dealt with, a handover or a house received after years)
#      does.
#  27: the province: 43 former highland districts the press names alone ("Krông Pắc", "Chư
#      Sê", "Đắk Tô", "Cư Jút", "Mộc Châu", "Hoàng Su Phì" ...; not "Cát Tiên", a national park
#      across three provinces, nor "Đơn Dương", an actor's name).
#  28: after blind sets 78 (a week of 2026), 79 (feed items), 80 (hard negatives), 81 (law and
#      organisation), 82 (local news), 83 (genres) and 84 (a general mix) were measured on 27:
#      an initial of two letters ("ông A Th.", "ông Ng.") ends no sentence; (b) an old name told
#      of a month before the restructuring ("Tháng 5/2025, ... Chi cục ..."), of the body before
#      a merger ("... (trước khi hợp nhất)") or with its old province four words on; (c) a
#      procuracy's or an inspection's finding of violations headlined ("VKSND kiến nghị khắc
#      phục vi phạm trong thi hành án dân sự"), not two fields of work ("xét xử và thi hành án
#      dân sự"), the procedure's stages listed, nor "với Tiền Phong" as "vòi tiền"; (a) a prison
#      term carried out ("thi hành xong phần hình phạt tù") or a person detained ("tạm giữ 3
#      tháng") by the office; (r) a debt said turned into a prison term; (f) a starting price
#      complained of, "thấp hơn nửa giá thị trường", a judgment in force since a year and still
#      not enforced, years waiting to have it enforced, neighbours harmed by a coercion, one not
#      named in the judgment, assets lying idle, a family left homeless, money "vẫn nằm trên
#      giấy", and not a headline that blames the debtor; (k) "nói gì?" after a failing the
#      headline tells is no reply; (h) a part of a series is no explainer; (j) new bailiff
#      offices counted ("có thêm 2 Văn phòng Thừa phát lại").
#  29: after blind sets 85 and 86 (held out until 28 was committed) were measured on 28: (c)
#      "thi hành" before a dropped comma is no "hành đương sự"; (b) an old name told as what the
#      new body replaces ("thay thế Tổng cục ...") or reorganised further on ("... cùng một số
#      Chi cục khác được sắp xếp thành ..."); a judgment with its year or court before "buộc"
#      ("Bản án năm 2014 buộc trả lại ...") names civil enforcement, and the headline's critical
#      question ("12 năm cầm bản án, ... vẫn chưa lấy lại được đất") makes such an article
#      relevant; (f) the office finding no means while the debtor trades ("chưa có điều kiện thi
#      hành, trong khi người này vẫn kinh doanh"), years chasing a judgment's money.
#  30: after blind sets 87 (the partner newspaper), 88 (feed items), 89 (long stories), 90 (the
#      guide's boundaries), 91 (provincial papers) and 92 (a month's mix) were measured on 29:
#      (b) an old name told before the reorganisation ("Trước khi bộ máy được sắp xếp lại ...")
#      or turned into the new body ("... chuyển thành Thi hành án dân sự tỉnh ..."); (q) "các cơ
#      quan thi hành án dân sự" after a sentence on a province are the province's; (f) a payment
#      told done after the headline's colon ("...: Đã được chi trả", and "Dứt điểm" there, which
#      the pattern missed), an owner's claim ("... là của tôi, không phải của con nợ"), "Sao đã
#      ... mà chưa ...?", a case "mắc kẹt ở khâu thi hành án", a sale for only so much, tents
#      after a coercion; not what may happen ("có thể kéo dài"), an asset dealt with ("xử lý xong
#      tài sản"), the office not receiving a paper, what must not be ("Không để tài sản nằm im"),
#      nor years of waiting told past ("sau gần 10 năm chờ đợi"); (g) a backlog closed ("khép lại
#      vụ việc tồn đọng"), a result drawn from one, a coercion handing land over after years;
#      (e) an auction announced for enforcement; a dialogue with citizens hears complaints; (p) a
#      story of criminal enforcement (its headline: a death sentence, an amnesty, prisoners, a
#      fugitive) counts civil enforcement's own words only, unless it gives THADS the act (a).
#  31: after blind sets 95 (what the working group reads) and 96 (three weeks' mix) were
#      measured on 30: (r) enforcement said to need no judgment ("yêu cầu kê biên tài sản mà
#      không cần khởi kiện ra tòa"), unless the article tells it false, and a debtor's failing
#      told as a claim's condition ("Trường hợp chủ thẻ không có tài sản, ... khấu trừ ... tối
#      đa 50% thu nhập") no longer denies it; (f) a house seized for its seller's debt; (g) a
#      backlog recovered ("thu hồi khoản nợ xấu ... tồn đọng từ năm 2021"); (h) whether a
#      judgment's money can be had ("... thắng kiện có đòi được tiền?").
#  32: (u) a bank selling a debt or its collateral itself, headlined so, with no enforcement in
#      the opening ("Ngân hàng rao bán khoản nợ hơn 600 tỷ đồng của doanh nghiệp bất động sản"),
#      is not relevant: three blind sets (79, 89 and 94) had such a story and the text model took
#      each.
#  33: after the held-out sets 94 and 98 had been scored (on 30 and 31), from their misses: (f)
#      a recovery far short ("thu hồi chưa được 10% tài sản"), a coercion the family cries out at
#      ("..., gia đình bức xúc"), a party never notified of an auction ("không hề được thông báo
#      đấu giá"), and not years holding a judgment told ended ("Cầm bản án 9 năm, ... mới nhận
#      lại được mảnh đất", which (g) now reads as a property got back); (e) a notice a party says
#      it never had is no notice.
#  34: after blind sets 99 and 100 were measured on 33, from their misses: (f) a payment or
#      enforcement told slow after it ("việc chi trả tiền khắc phục hậu quả diễn ra chậm"; the
#      opening's payment and handover words now pass (f)'s first test, which "chậm chi trả"
#      needed too), a seized property told another's than the debtor's ("... bị cưỡng chế là đất
#      nghĩa trang dòng họ chứ không phải đất của người phải thi hành án"); (u) a bank selling any
#      asset to recover its debt ("Ngân hàng rao bán khách sạn 9 tầng ... để thu hồi nợ").
#  35: after the held-out sets 101 and 102 had been scored on 34, from their misses: (m) a card's
#      ban ("phải thi hành án phạt sau chiếc thẻ đỏ trực tiếp") is a sports ban, and (d) reads no
#      office in the city's name ("Trung vệ Hải Phòng thi hành án treo giò"); (f) a case ended
#      well ("Hồi kết có hậu cho vụ việc thi hành án kéo dài 12 năm") is closed, and a letter of
#      thanks to the paper no complaint; (g) more recovered ("thu hồi thêm hơn 28 tỷ đồng").
#  36: after the held-out sets 106 to 111 had been scored on 35, from their misses: (f) a
#      success headlined after a dateline ("Tây Ninh: Cưỡng chế thành công vụ giao đất kéo dài 6
#      năm") closes the complaints its body recalls; the office keeping watch on its own case
#      ("đơn vị tiếp tục theo dõi sát vụ việc") is no press follow-up; an inspection's or a
#      guidance's body ("... kiểm tra công tác tại ...", "... hướng dẫn tiếp nhận ...") tells
#      shortcomings and rules in general; "lãi suất chậm thi hành án" is the interest a late debtor
#      owes; a seizure not lifted after payment ("Đã nộp đủ tiền ..., vẫn mắc kẹt", "chưa được
#      giải tỏa kê biên"), a suspicion of collusion at an auction ("Nghi vấn thông đồng trong
#      phiên đấu giá"), a family out on the street after a long headline, a home at risk for a
#      debt ("nguy cơ mất nhà vì khoản nợ") are complaints; (b) old names told ended in a count
#      ("Cục THADS tỉnh cùng 27 Chi cục ... chấm dứt hoạt động") or followed by a sentence dated
#      before the change ("... kê biên. Tháng 8/2024, ...") are history; (e) an auction notice
#      after a dateline; (j) bailiff offices counted ("có 27 văn phòng thừa phát lại").
#  37: from the positive/neutral misses of sets 106 to 111 and the misses of set 112 after its
#      scoring on 36: (h) an explainer asking "ra sao?" (not "giờ ra sao?") or what measure
#      ("... sẽ bị áp dụng biện pháp gì?"); (j) the monitoring of administrative judgments,
#      headlined, before (g) and with its count of judgments not complied with; (e) personnel
#      decisions after a place ("Lâm Đồng công bố quyết định bổ nhiệm ...", "... về công tác cán
#      bộ"); (g) a headline opening "Dứt điểm ..." and a complaint of old ("từng nhiều lần bị
#      khiếu nại"); (f) a report's admitted shortcomings ("Về hạn chế, báo cáo thừa nhận ...")
#      are general, a public apology or a restoration of honour discharges the office's fault;
#      (a) "đơn vị" in a story headlined on civil enforcement is that office; (b) an old name
#      told of "năm đó" further on in its sentence is history.
#  38: after the held-out set 113 had been scored on 37, from its misses: (f) a citizen
#      accusing a file, with the place between ("Người dân Bạc Liêu cũ tố hồ sơ thi hành án bị
#      'ngâm' 3 năm"), a file or a letter left to soak; not a failing a reform prevents inside
#      the match ("..., hạn chế tình trạng tài sản bị hư hỏng"), nor what happens "whenever"
#      ("Mỗi khi có bài phản ánh, Cục yêu cầu ..."); (h) "có gì mới?", what a creditor may do
#      ("..., chủ nợ làm gì?"); (k) a paper's correction ("Đính chính thông tin về ..."); (u) a
#      bank named by its brand ("Agribank rao bán khoản nợ ...").
#  39: after the held-out sets 114 and 115 had been scored on 38, from their misses: (f) the
#      Cục keeping watch ("Cục sẽ tiếp tục theo dõi sát từng vụ việc") is no press follow-up; a
#      judgment paid and an account still frozen names civil enforcement (relevant); (b) an old
#      name told of mid-2025 ("Từ giữa năm 2025, ..."), with its successor next ("..., rồi Thi
#      hành án dân sự tỉnh Tây Ninh") or two sentences after a date before the change is
#      history; (c) letters counted ("tiếp nhận 29 đơn khiếu nại, tố cáo") are no denunciation;
#      (j) administrative judgments counted and an elected body's oversight of enforcement;
#      (g) "dân vận khéo"; (v, new) an auction of goods confiscated for an administrative
#      violation ("Bán đấu giá gần 30 m³ gỗ tang vật tịch thu") is not relevant.
#  40: the province: an apostrophe joins a name's syllables ("Đắk R'lấp", "M'Đrắk", also
#      written with "’"), and four former highland districts named alone: "Đắk R'lấp", "Đắk
#      Glong" (Lâm Đồng), "M'Đrắk" (Đắk Lắk), "Ia H'Drai" (Quảng Ngãi), after set 115's one
#      province miss; none of them changes a province on the 15,542 real and corpus texts.
#  41: after the held-out sets 118 and 119 had been scored on 40, from their misses: (e) an
#      auction notice telling where ("... để thi hành án tại phường Rạch Giá"); (k) a paper's
#      correction quoting the critical headline it corrects; (b) old names told "trước đó",
#      handed on after the change ("sau ngày 1/7/2025 được chuyển giao ...") or dated with "vào"
#      further on in their sentence ("... bán đấu giá vào tháng 6/2024") are history.
#  42: after the held-out sets 120 to 123 had been scored on 41, from their misses: (f) the office
#      admitting its case late ("lãnh đạo Phòng Thi hành án dân sự khu vực 9 thừa nhận vụ việc
#      kéo dài", "... xác nhận việc giao tài sản ... 'có chậm'"), years told before a judgment
#      "treo" ("dòng họ Phạm 7 năm 'treo' bản án"), an auction buyer of a named lot kept out
#      ("Mua trúng lô đất đấu giá ..., hai năm vẫn 'đứng ngoài cổng'"); (a) the agency working
#      with the police on a death sentence ("đã phối hợp với Công an tỉnh tổ chức thi hành 2 bản
#      án tử hình"; revision 11 had read it as the police's: THADS has no part in one at all);
#      (v) an auction of public property ("Đấu giá 6 trụ sở dôi dư sau sắp xếp"); not (f) the
#      bottlenecks a law removes ("tháo gỡ nhiều điểm nghẽn trong công tác thi hành án kéo dài
#      nhiều năm"); (h) a note on the law ("Sở Tư pháp ... lưu ý về giá trị pháp lý của vi
#      bằng"); (u) a bank seizing its collateral itself ("Ngân hàng thu giữ căn nhà thế chấp
#      ...", the court told absent: "Không qua tòa án, ...").
#  43: the province: 276 former districts and towns (before 2025), named after their unit only
#      ("huyện Cái Bè", "Chi cục THADS huyện Núi Thành", "Q.Long Biên", "thị xã Hồng Lĩnh"; alone
#      such a name is often a commune's, a temple's or a person's), after set 120's one province
#      miss ("Chi cục THADS huyện Cái Bè"); and no town's name across a spaced dash ("Long -
#      Thành": two people). Eight probes whose district had no province get it; on the 15,542
#      real and corpus texts 131 provinces change (90 from none), and one classification: a
#      reader's question naming "Cơ quan THA huyện Củ Chi" gets TP Hồ Chí Minh, as labelled.
#  44: after the held-out set 125 had been scored on 43, from its misses: (c) and (f) not
#      complaints and denunciations in civil enforcement as a field ("bàn về khiếu nại, tố cáo
#      trong thi hành án dân sự", "khiếu nại, tố cáo, kiến nghị liên quan đến thi hành án dân
#      sự"); (f) a house seized told not the debtor's ("căn nhà bị kê biên không thuộc người mắc
#      nợ") or seized by the office to pay its seller's debt ("bị cơ quan thi hành án kê biên để
#      trả nợ thay người bán").
#  45: after the held-out sets 126 and 127 had been scored on 44, from their misses: (c) not a
#      court's act and an office listed as two places ("nơi tòa án sơ thẩm đã xét xử, hoặc Cục
#      Thi hành án dân sự"); (f) not the administrative bodies late in a story of administrative
#      judgments ("công khai danh sách cơ quan chậm thi hành án"); (n) not a rate of money read
#      as a rate of the cases finished ("thi hành xong 4.912 việc, với số tiền hơn 412 tỷ đồng,
#      đạt 41,2% về tiền"); (r) the agency said moved under the court as done ("hệ thống thi
#      hành án dân sự chính thức được chuyển từ Bộ Tư pháp về trực thuộc Tòa án nhân dân tối
#      cao"). The corpus and the 15,542 real texts classify as before.
#  46: (f) not the procedure of a complaint told as such ("Thủ tục khiếu nại quyết định của
#      chấp hành viên", "Theo quy định, khiếu nại lần đầu được gửi đến Thủ trưởng cơ quan thi
#      hành án"), noticed at stop 31 in set 125's legal explainer; "làm thủ tục khiếu nại" is
#      still one made. The corpus and the 15,542 real texts classify as before.
#  47: (j) bailiff offices counted in words as well as figures ("Huế có thêm một văn phòng thừa
#      phát lại"), from set 126 after its scoring on 44. The corpus and the 15,542 real texts
#      classify as before.
#  48: from the held-out set 128 after its scoring on 47: (f) a family lodging with others
#      after a coercion ("Cưỡng chế giao nhà giữa mùa mưa lũ, gia đình 5 người phải ở nhờ");
#      (w), new, the criminal enforcement body named ("Cơ quan Thi hành án hình sự Công an
#      TP.HCM tổ chức thi hành hình phạt đình chỉ hoạt động ...") and no word of civil
#      enforcement's own work: not relevant, which the text model had taken in a feed item.
#      The corpus and the 15,542 real texts classify as before.
#  49: after the held-out sets 131 and 132 had been scored on 48, from their action false
#      alarms: (f) a dispute told ended ("..., kết thúc vụ tranh chấp kéo dài 7 năm giữa hai anh
#      em ruột"), a court dismissing the lawsuit against the office's act ("TAND tỉnh ... bác yêu
#      cầu khởi kiện của bà ... đề nghị hủy quyết định cưỡng chế") and money recovered in the
#      headline ("Thi hành án dân sự TP Huế thu hồi hơn 300 tỷ đồng nợ xấu cho ngân hàng"; not
#      "Chậm/Khó/chưa thu hồi") tell the complaints beside them past. The corpus and the 15,542
#      real texts classify as before.
#  50: after the held-out sets 133 and 134 had been scored on 49 (134 also on 48), from their
#      misses: (f) "chấm dứt" (ended) is no "chậm" without diacritics ("việc thi hành án có bị chấm
#      dứt không"); the body of a portrait (an opening praising people at work, with no fault,
#      complaint or prosecution) tells the hardship overcome, not a complaint ("Doanh nghiệp liên
#      tục gửi đơn khiếu nại ..., chị kể"); where to turn ("khiếu nại, tố cáo có thể liên hệ trực
#      tiếp tại trụ sở ...") and kinds of news listed ("các tin, bài phản ánh về ... khiếu nại, tố
#      cáo hoặc hoạt động của chấp hành viên", also for (c)) are no complaint; a case told enforced
#      in full by the office named ("đã được Chi cục THADS huyện Lệ Thủy (Quảng Bình) thi hành
#      xong") is closed; a dialogue held to settle complaints is a reception; "chưa nhận đủ tiền" is
#      not received; the press waiting for the office's answer ("đã liên hệ Thi hành án dân sự tỉnh
#      ... và sẽ thông tin khi có phản hồi") is a follow-up; (w) coercion is the criminal body's act
#      too ("Cơ quan thi hành án hình sự ... tổ chức cưỡng chế thi hành án đối với một công ty");
#      the province: a lawyer's bar ("Đoàn Luật sư TP.HCM") is not the story's place (four corpus
#      stories, none relevant, change their province). The 15,542 real texts classify as before.
#  51: after the held-out set 136 had been scored on 50, from its missed relevant stories: (x), new,
#      a bailiff at work (a "chấp hành viên", "thẩm tra viên thi hành án" or "thư ký thi hành án"
#      named twice, not as an impostor, an act of enforcement and the judgment or the parties it
#      serves: "Chấp hành viên đọc quyết định cưỡng chế buộc giao nhà ...") makes a story relevant
#      though it names no agency; (t) a feed item's seizure naming what is seized before the debt
#      ("kê biên hai thửa đất của ông D. ... để bảo đảm thi hành khoản nợ") and seized property
#      auctioned ("bán đấu giá 14 bất động sản đã kê biên của các bị án"). (x) fires on 4 corpus
#      stories, all relevant; the corpus and the 15,542 real texts classify as before.
#  52: after the held-out set 138 had been scored on 51, from its one action false alarm: (b) an
#      abolished office named as the stage of a case it handled, right before its name ("rà soát
#      toàn bộ hồ sơ từ giai đoạn Chi cục Thi hành án dân sự huyện Đức Hòa thụ lý") is history; not
#      "giai đoạn hiện nay, Chi cục ...". The corpus and the 15,542 real texts classify as before.
#  53: after the held-out set 140 had been scored on 52, from its misses: (c) "hiện hành, đương sự"
#      is no harassment ("hành đương sự"); a denunciation concluded unfounded and not disputed after
#      ("xác định các nội dung tố cáo là không đúng") is no allegation, for (f) too; the officer's
#      responsibility asked ("đề nghị xem xét trách nhiệm chấp hành viên"; not "sẽ xem xét") is one;
#      (f) an act beyond the judgment ("Phá cả phần nhà không thuộc bản án") and seized property
#      vanished ("Tài sản đã kê biên 'bốc hơi'") are failings; a payout's instructions to those not
#      yet paid ("chưa nhận tiền đợt này cần bổ sung giấy tờ để được chi trả") are not; a headline
#      listing a procedure's aspects ("Khiếu nại quyết định của chấp hành viên: thời hiệu, thẩm
#      quyền và thủ tục") is an explainer. The corpus and the 15,542 real texts classify as before.
#  54: from the review of 53: a denunciation is concluded unfounded only as its content ("các nội
#      dung tố cáo là không đúng") or "tố cáo không có cơ sở", not "tố cáo quyết định của chấp hành
#      viên là sai", which is the accusation itself; a payout's instructions are papers to add or a
#      later round ("cần bổ sung giấy tờ", "trong các đợt tiếp theo"), not "không biết bao giờ sẽ
#      được chi trả", a complaint. Probe z536 holds the conclusion as its story told it. The corpus
#      and the 15,542 real texts classify as before.
#  55: the page furniture an extractor leaves in a body is dropped before anything is decided
#      (text.furniture): a related-stories list ("Xem thêm:", "Đọc thêm", "Tin liên quan") with
#      its headlines, a tag line ("Từ khóa: ..."), a copyright line ("© Báo ..."). Held-out set
#      141 had a flood report, a legal-aid meeting and two land clearances made relevant by the
#      civil enforcement headlines of their related lists, and a success story made a complaint
#      by a critical one. Training drops it too (28 corpus texts: "Xem thêm:" lines in the fake
#      news pages, VnExpress's "Xem tiếp"). The 15,542 real texts keep their decisions.
#  56: from the held-out sets 141 to 144, scored on 54: (a) a criminal act the agency's work
#      bears on ("... với cơ quan thi hành án dân sự ... còn chậm, ảnh hưởng đến việc xét giảm
#      án, đặc xá") is not its act; (b) the reorganisation told from the old offices ("sắp xếp
#      từ mô hình Cục THADS thành phố ...") is history; an interview with a head of civil
#      enforcement puts the complaints of its questions to him, so its body is not read for (f);
#      (y), new: the auction trade in the headline (organisations, auctioneers, inspection,
#      licences) with no enforcement in the opening is not relevant; (g) results as the whole sum
#      done ("thi hành xong toàn bộ hơn 62 tỷ đồng"), all of it recovered ("Thu hồi 100%"), and a
#      portrait "bám xóm ấp"; (f) a case headlined done after its office ("... giải quyết xong vụ
#      việc"), a case ended ("kết thúc vụ việc"), and the judgments remaining in a monitoring's
#      headline ("Vẫn còn bản án chưa được thi hành") are not complaints. The 15,542 real texts
#      keep their decisions.
#  57: from the held-out sets 145 to 147, scored on 56: an assembly named before a colon
#      ("Đại biểu Quốc hội: ...") is no reader asking, so a critical headline counts; (j) a
#      decision to enforce ("Ra quyết định thi hành khoản bồi thường ...") and the monitoring's
#      urging ("Đôn đốc thi hành bản án hành chính") are routine steps, a convict's case fault no
#      critical word for them; (f) a family turned out of its home ("bị đưa ra khỏi nhà"); a
#      debtor persuaded in the headline ("Vận động thành công") tells the case done; a review's
#      shortcomings two sentences on ("hội nghị cũng chỉ ra không ít tồn tại") and a failing
#      told improving ("đã có chuyển biến") are no complaint; (g) a day with a bailiff ("Một
#      ngày theo chân chấp hành viên") is a portrait; (b) an old name a correction quotes as its
#      error is no claim; (z), new: the justice sector's other fields in the headline (a
#      Department of Justice, notaries, civil status, legal aid) with enforcement in one
#      sentence at most, outside the opening, is not relevant; the text model's "inaccurate"
#      with no rule giving its concrete reason, as the guide asks, yields to its next label. The
#      corpus (signals on 9 non-relevant texts aside: (z) on 8, (f) on one whose headline's "Tại
#      sao ... chưa" a "xã hội:" had hidden) and the 15,542 real texts keep their decisions.
#  58: from the held-out sets 149 and 150, scored on 57: (f) a cheap sale told as what would or
#      usually happens ("nếu để kê biên, tài sản bán đấu giá sẽ thấp hơn giá thị trường") is an
#      argument, not a complaint; (g) received in full after years, told the other way round
#      ("Sau 8 năm đằng đẵng, ... đã nhận đủ tiền"); (i) a debtor dodging the obligation ("né
#      nghĩa vụ"); (c) a car before the officer ("chiếc ô tô, chấp hành viên": its comma lost) is
#      no "tố chấp hành viên"; the province: "HN", "TP.HN" for Hà Nội ("HN" in place context only),
#      a former district after its office ("Chi cục THADS Đức Hòa"), and Đức Hòa and Đức Huệ among
#      the former districts. The corpus and the 15,542 real texts keep their decisions.
#  59: from the held-out sets 151 to 154, scored on 58: (j) a plan's backlog to reduce is no
#      critical word; (f) money parties have not come for ("chưa đến nhận tiền") is no party
#      unpaid; a decision still awaited ("chưa nhận được quyết định giải quyết khiếu nại") is not
#      settled; the press asking the office and unanswered is a follow-up; the administration
#      late in a monitoring story ("cơ quan, người đứng đầu chậm thi hành bản án hành chính") is
#      not the office; (g) "không để phát sinh khiếu nại" is no critical word; (a) the two
#      systems named side by side are no attribution, prisons run ("quản lý hai trại giam") are;
#      (p) a story of another body's coercion or sale (a ward's demolition, tax enforcement,
#      public property) counts only civil enforcement's own names; (n) enforcement said to need
#      no judgment is debunked only beside the claim, not by a fraud told elsewhere; the
#      province: a reader's place signing or asking a legal question is no place. The corpus
#      (the record of (p) on two non-relevant texts aside) and the 15,542 real texts keep their
#      decisions.
#  60: from the held-out set 153, scored on 58: success headlines whose bodies recall the
#      failings they ended: (f) the money back ("... được nhận lại tiền", "mới nhận đủ tiền") and
#      an office turned round ("Từ 'điểm trũng' ... đến đơn vị dẫn đầu") tell the complaints past;
#      (g) paid in full after years of waiting ("Chờ 9 năm, ... mới nhận đủ tiền"). The corpus and
#      the 15,542 real texts keep their decisions.
#  61: from the held-out sets 155 to 158, scored on 60: (c) "làm kho" (a store: "sử dụng làm
#      kho vật chứng") is no "làm khó", and impostors listed before the office ("thủ đoạn giả
#      danh cơ quan tiến hành tố tụng, cơ quan thi hành án để chiếm đoạt tài sản") are no
#      allegation against it; (r) the law on civil enforcement providing an exemption ("Pháp
#      luật về thi hành án dân sự có cơ chế xét miễn, giảm ...") is no office forgiving a debt.
#      The corpus and the 15,542 real texts keep their decisions.
#  62: from the held-out set 161, scored on 61: (n) the finished figure told of the cases with
#      means ("thi hành xong 287 việc có điều kiện, đạt 97,4%") is no stated base for its rate, so
#      the rate is not checked against the cases given (312). The corpus and the 15,542 real texts
#      keep their decisions.
#  63: from the held-out sets 163 to 166, scored on 62: (f) a knot untied ("'nút thắt' mới
#      được gỡ") closes the case a portrait recalls; the party late getting its money ("chậm
#      nhận tiền thi hành án") and the office still not paying it ("Chi cục ... vẫn chưa chi
#      trả") are complaints; (h) a reader's longer "có bị ... ?" question is an explainer; (j) a
#      signing with the partner named first ("TAND tỉnh ... và Thi hành án dân sự tỉnh ký kết
#      quy chế") and evidence destroyed ("Tiêu hủy vật chứng") are routine; (k) "thông tin vụ
#      ..." is the office's reply; (g) money paid into the State budget is a result; (q) "các
#      cơ quan thi hành án" states national results, and a sentence on the system's levels ("bỏ
#      cấp huyện", "Thi hành án dân sự tỉnh và các Phòng ... khu vực") names no province; (a)
#      prisoners put up for amnesty ("đề nghị đặc xá cho 27 phạm nhân") are criminal
#      enforcement attributed; (b) the new office "formed from" the old ones ("hình thành từ
#      Cục THADS tỉnh ...") names them as history; the province: the cities Vinh (Nghệ An) and
#      Gia Nghĩa (Lâm Đồng), in place context only. The corpus keeps its decisions but one
#      non-relevant story's province (set in "thành phố Vinh"); the 15,542 real texts keep theirs.
#  64: from the held-out sets 165 (scored on 62), 167 and 168 (scored on 63): the province: a
#      deputy's delegation ("đại biểu đoàn Ninh Bình", "Đoàn ĐBQH TP.HCM") names no place of
#      the story; (f) property pulled down outside the boundary handed over, a coercion damaging
#      property, an officer shouting at a party ("cán bộ thi hành án lớn tiếng"), a coercion
#      stirring a dispute ("gây tranh cãi") are complaints; a case headlined done ("... 'đắp
#      chiếu' 12 năm được giải quyết xong") ends the waiting it tells; "số bản án hành chính chưa
#      được thi hành xong" is a count; (g) the money got back ("được nhận lại tiền"). The corpus
#      keeps its decisions but one relevant story's province (a deputy of Nghệ An in a national
#      debate, labelled with none); so do the 15,542 real texts.
#  65: from the held-out sets 169 and 170, scored on 64: (f) "phản ánh sự ..." (reflects) is no
#      complaint; a bad debt headlined dealt with for good ("Xử lý dứt điểm khoản nợ xấu ...")
#      ends the complaints its body recalls; (o) a seizure headlined ("Kê biên quyền sử dụng đất
#      để thi hành án ...") is a routine report; (h) "... làm được những việc gì?"; (k) "thông
#      tin kết quả xác minh"; (q) "các cơ quan thi hành án hình sự" state no civil results. The
#      corpus keeps its decisions (the record of (o) on one written seizure labelled neutral);
#      so do the 15,542 real texts.
DECISION_REVISION = 65
_TOP = 48  # contributions sorted to find the N_TERMS shown
MODEL_BATCH = 512  # articles per predict_proba call
_HIDDEN_IF_ACCENTED, _SHORT, _CHECK_DIACRITICS = 1, 2, 4
_AGENCY_TERMS = frozenset(
    "lex:" + name
    for name in (
        "thi hành án dân sự",
        "THADS",
        "Cục Quản lý THADS",
        "Tổng cục THADS",
        "Cục/Chi cục THADS",
        "Phòng/Đội thi hành án",
        "cơ quan thi hành án",
        "chấp hành viên",
    )
)
# Lexicon terms matched without diacritics whose diacritic-free phrases are also other words
# ("đồng phạm nhận" reads "pham nhan", "xuất phát từ" reads "phat tu", "từ từ" reads "tu tu"):
# shown as a reason for a text with diacritics only where it has one of these phrases.
_SAID_WITH_DIACRITICS = {
    "phạt tù": ("phạt tù", "năm tù", "tù giam"),
    "tử tù": ("tử tù",),
    "tử hình": ("tử hình", "tiêm thuốc độc"),
    "trại giam": ("trại giam", "nhà tù"),
    "phạm nhân": ("phạm nhân",),
}
# The lexicon's phrases of two syllables or more, diacritic-free. A two-syllable feature may be
# a piece of one in the text (:func:`_piece_like`: "chức thi" of "tổ chức thi hành án", "dân sự"
# of "thi hành án dân sự"); such a feature is shown only where the document also has it
# outside every occurrence of those phrases (:func:`_only_inside_phrases`).
_PHRASES = tuple(sorted({p for _, include, _, _ in LEXICON for p in include if " " in p}))
# What a piece of a phrase can look like: its two first or two last syllables, or two inside
# it ("hành án"); the syllable before its first ("chức thi") or after its last ("sự sáng").
_PHRASE_PAIRS = frozenset(
    " ".join(w[k : k + 2]) for w in (p.split() for p in _PHRASES) for k in range(len(w) - 1)
)
_PHRASE_SET = frozenset(_PHRASES)
_PHRASE_FIRST = frozenset(p.split()[0] for p in _PHRASES)
_PHRASE_LAST = frozenset(p.split()[-1] for p in _PHRASES)


@dataclass(frozen=True)
class FeedbackExample:
    """A person's relabel of an article; training data on the next :func:`train`."""

    id: str
    title: str
    lead: str | None
    text: str
    relevant: bool
    label: str | None
    province: str | None
    labelled_by: str
    labelled_at: datetime

    def __post_init__(self) -> None:
        if self.label is not None and self.label not in LABELS:
            raise ValueError(f"feedback {self.id}: unknown label {self.label!r}")
        if self.label is not None and not self.relevant:
            raise ValueError(f"feedback {self.id}: a label needs relevant=True")
        if not (self.title or "").strip() and not (self.text or "").strip():
            raise ValueError(f"feedback {self.id}: no title and no text")

    def as_row(self) -> dict[str, Any]:
        """The example as a corpus row (``origin`` "feedback")."""
        row = asdict(self)
        row["labelled_at"] = self.labelled_at.isoformat()
        row["lead"] = self.lead or ""
        row["origin"] = "feedback"
        row["length"] = "full" if len(self.text or "") >= 600 else "headline_lead"
        return row


def merge_feedback(
    rows: Sequence[dict[str, Any]], feedback: Sequence[FeedbackExample]
) -> tuple[list[dict[str, Any]], int]:
    """Corpus rows with feedback applied: same id overrides, a new id is added (the last
    relabel of one id wins). Returns (rows, number of corpus rows overridden)."""
    latest: dict[str, FeedbackExample] = {}
    for fb in sorted(feedback, key=lambda f: f.labelled_at):
        latest[fb.id] = fb
    out: list[dict[str, Any]] = []
    overridden = 0
    for row in rows:
        fb = latest.pop(row["id"], None)
        if fb is None:
            out.append(row)
        else:
            overridden += 1
            out.append(fb.as_row())
    out.extend(fb.as_row() for fb in latest.values())
    return out, overridden


def _linear_coef(est: Any) -> np.ndarray:
    """Coefficients of a linear model, or stacked per class of a one-vs-rest one."""
    if hasattr(est, "estimators_"):  # OneVsRestClassifier: one binary model per class
        return np.vstack([e.coef_ for e in est.estimators_])
    return np.asarray(est.coef_)


def _coef(clf: Any) -> np.ndarray:
    """Linear coefficients (n_classes or 1, n_features), averaged over calibration folds."""
    if hasattr(clf, "calibrated_classifiers_"):
        return np.mean([_linear_coef(c.estimator) for c in clf.calibrated_classifiers_], axis=0)
    return _linear_coef(clf)


def _display(name: str) -> str:
    return name.split(":", 1)[1]


def _explanation_flags(names: list[str]) -> np.ndarray:
    """Per feature: _HIDDEN_IF_ACCENTED for diacritic-free features (of the stripped view, or
    learnt from diacritic-free training text: accented input is explained in accented words),
    _SHORT for single syllables of three letters or fewer ("to", "án"), _CHECK_DIACRITICS for the
    lexicon terms of :data:`_SAID_WITH_DIACRITICS`."""
    flags = np.zeros(len(names), np.uint8)
    for col, name in enumerate(names):
        term = _display(name)
        flag = _CHECK_DIACRITICS if name.startswith("lex:") and term in _SAID_WITH_DIACRITICS else 0
        if name.startswith("s:") or (term.isascii() and "thads" not in term):
            flag |= _HIDDEN_IF_ACCENTED
        if " " not in term:
            key = strip_folded(term.casefold())
            if " " not in key and len(key) <= 3:
                flag |= _SHORT
        flags[col] = flag
    return flags


_PUNCTUATION_TO_SPACE = str.maketrans(
    dict.fromkeys(map(ord, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’…–—«»"), " ")
)


def _syllables(stripped: str) -> str:
    """A document's diacritic-free syllables, space-separated and space-padded, from its
    diacritic-free text (``TextBatch.stripped_text``)."""
    return " " + " ".join(stripped.translate(_PUNCTUATION_TO_SPACE).split()) + " "


class _Once:
    """The result of ``make``, called on first use and remembered: cheaper to make per
    article than a ``functools.cache`` wrapper."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], str]) -> None:
        self._make, self._value = make, None

    def __call__(self) -> str:
        if self._value is None:
            self._value = self._make()
        return self._value


# Each phrase of _SAID_WITH_DIACRITICS as a whole-word pattern.
_SAID_PATTERNS = {
    phrase: re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    for phrases in _SAID_WITH_DIACRITICS.values()
    for phrase in phrases
}


def _said(term: str, folded: str) -> bool:
    """Whether the folded text with diacritics has one of the phrases of ``term``."""
    # (a substring test first: the whole-word pattern, which starts with a look-behind, scans
    # every position)
    return any(
        phrase in folded and _SAID_PATTERNS[phrase].search(folded) is not None
        for phrase in _SAID_WITH_DIACRITICS[term]
    )


def _piece_like(key: str) -> bool:
    """Whether the two syllables ``key`` may be a piece of a lexicon phrase (not one)."""
    if key in _PHRASE_SET:
        return False
    first, _, second = key.partition(" ")
    return key in _PHRASE_PAIRS or second in _PHRASE_FIRST or first in _PHRASE_LAST


@cache
def _phrases_around(key: str) -> tuple[str, ...]:
    """The lexicon phrases the two syllables ``key`` can be a piece of."""
    first, _, second = key.partition(" ")
    return tuple(
        p
        for p in _PHRASES
        if f" {key} " in f" {p} " or p.startswith(second + " ") or p.endswith(" " + first)
    )


def _starts(needle: str, syllables: str) -> list[int]:
    """Where the syllables ``needle`` occur in ``syllables`` (space-padded), overlaps included."""
    out = []
    at = syllables.find(f" {needle} ")
    while at >= 0:
        out.append(at + 1)
        at = syllables.find(f" {needle} ", at + 1)
    return out


def _only_inside_phrases(key: str, syllables: str) -> bool:
    """Whether every occurrence of the two syllables ``key`` (:func:`_piece_like`, so not a
    phrase itself) in ``syllables`` (a document's diacritic-free syllables, space-separated and
    space-padded) overlaps an occurrence of a lexicon phrase: the feature is a piece of the
    phrase there ("chức thi" in "tổ chức thi hành án"), not a term the reader would recognise.
    Linear in the document: the phrases' characters are marked once."""
    found = _starts(key, syllables)
    if not found:
        return False
    marks = np.zeros(len(syllables) + 1, np.int32)
    for phrase in _phrases_around(key):
        at = np.array(_starts(phrase, syllables), np.intp)
        np.add.at(marks, at, 1)
        np.add.at(marks, at + len(phrase), -1)
    covered = np.concatenate([[0], np.cumsum(np.cumsum(marks[:-1]) > 0)])
    a = np.array(found, np.intp)
    return bool(np.all(covered[a + len(key)] > covered[a]))


class Classifier:
    """A trained relevance + assessment model (see :func:`train`, :func:`load`)."""

    def __init__(
        self,
        relevance: Pipeline,
        assessment: Pipeline,
        thresholds: Thresholds,
        metadata: dict,
    ) -> None:
        self.relevance = relevance
        self.assessment = assessment
        self.thresholds = thresholds
        self.metadata = metadata
        # (the artifact's version, then the decision code's revision)
        self.version: str = f"{metadata['version']}+r{DECISION_REVISION}"
        self._prepare()

    def _prepare(self) -> None:
        self._features: ArticleFeatures = self.relevance.named_steps["features"]
        self._names = np.asarray(self._features.get_feature_names_out(), dtype=object)
        self._rel_proba = LinearProba(self.relevance[-1])
        self._lab_proba = LinearProba(self.assessment[-1])
        self._rel_true = list(self.relevance[-1].classes_).index(True)
        # Contribution of each feature to the relevance decision (positive: relevant).
        self._rel_coef = _coef(self.relevance[-1])[0] * (1.0 if self._rel_true == 1 else -1.0)
        self._lab_classes = list(self.assessment[-1].classes_)
        coef = _coef(self.assessment[-1])
        if coef.shape[0] == 1:  # two labels only: row 0 speaks for classes_[1]
            coef = np.vstack([-coef[0], coef[0]])
        self._lab_coef = coef
        # Which features an explanation may show, and (matching key, one syllable?, as shown)
        # of those shown, as they first are.
        self._term_flags = _explanation_flags(self._names.tolist())
        self._term_text: dict[int, tuple[str, bool, str, bool]] = {}
        # The lexicon's names of THADS agencies and officers: an article the text model finds
        # not relevant is read by rule (a) only when it names one (few do: a cheap test).
        self._is_agency = np.array([n in _AGENCY_TERMS for n in self._names.tolist()], bool)

    def __getstate__(self) -> dict[str, Any]:
        return {
            "relevance": self.relevance,
            "assessment": self.assessment,
            "thresholds": self.thresholds,
            "metadata": self.metadata,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)

    def classify(
        self,
        *,
        title: str,
        text: str,
        lead: str | None = None,
        published_at: datetime | None = None,
        url: str | None = None,
        outlet: str | None = None,
    ) -> Classification:
        return self.classify_many(
            [
                {
                    "title": title,
                    "text": text,
                    "lead": lead,
                    "published_at": published_at,
                    "url": url,
                    "outlet": outlet,
                }
            ]
        )[0]

    def classify_many(self, items: Iterable[Mapping[str, Any]]) -> list[Classification]:
        """Classify a batch (keys as :meth:`classify`; ``title`` and ``text`` required)."""
        items = list(items)
        for n, item in enumerate(items):
            for key in ("title", "text"):
                if not isinstance(item.get(key), str):
                    raise ValueError(f"item {n}: {key!r} must be a string")
            if item.get("lead") is not None and not isinstance(item["lead"], str):
                raise ValueError(f"item {n}: 'lead' must be a string or None")
        items = without_furniture(items)  # (a related-stories list, a tag line: not the story)
        out: list[Classification] = []
        for start in range(0, len(items), MODEL_BATCH):
            out += self._classify_batch(items[start : start + MODEL_BATCH])
        return out

    def _classify_batch(self, items: list[Mapping[str, Any]]) -> list[Classification]:
        docs = [compose(i["title"], i.get("lead"), i["text"]) for i in items]
        parts = list(batches(docs, BATCH))  # folded once for the features and the rule signals
        x = self._features.transform_batches(parts)
        p_rel = self._rel_proba.predict_proba(x)[:, self._rel_true]
        short = short_flags(docs)
        decided = p_rel >= self.thresholds.per_row(short)
        stripped_of = cache(lambda i: parts[i // BATCH].stripped_text(i % BATCH))  # decoded once
        # Below the threshold, a headline naming a THADS office or officer still decides.
        headline = {
            i: sig
            for i in np.flatnonzero(~decided).tolist()
            if (sig := thads_headline(items[i]["title"], stripped=stripped_of(i))) is not None
        }
        # ... and so does a feed item's lead naming one, or civil enforcement by what only it
        # does (rule (t)): the text model, trained on long stories, scores such items near 0.
        for i in np.flatnonzero(~decided & short).tolist():
            item = items[i]
            if i not in headline and (
                sig := thads_lead(
                    item["title"], item["text"], item.get("lead"), stripped=stripped_of(i)
                )
            ):
                headline[i] = sig
        decided[list(headline)] = True
        # ... and so does rule (a), criminal enforcement said to be done by THADS: such a story
        # is about THADS, falsely, though the text model reads a criminal one (the labelling
        # guide's first example of "inaccurate").
        # (its reason is the label's: the signals give it)
        attributed = set()
        row_of = np.repeat(np.arange(len(items)), np.diff(x.indptr))
        naming = np.zeros(len(items), bool)
        naming[row_of[self._is_agency[x.indices]]] = True
        # ... and so does an allegation against a THADS office or officer ((c), or (f) in the
        # opening of an article that names one): the text model, whose relevant examples are
        # mostly long stories, scored a feed item "chấp hành viên đã kê biên nhầm nhà đất" low.
        # (The article may name civil enforcement by its acts or the civil judgment enforced
        # instead: "Dân phản ánh cưỡng chế thi hành án 'quá tay'", "... chậm thi hành bản án
        # tranh chấp đất".)
        for i in np.flatnonzero(~naming & ~decided).tolist():
            naming[i] = names_civil_enforcement(stripped_of(i))
        for i in np.flatnonzero(naming & ~decided).tolist():
            item = items[i]
            args = (item["title"], item["text"], item.get("lead"))
            if criminal_enforcement_by_thads(
                *args, stripped=stripped_of(i)
            ) or complaint_about_thads(*args, stripped=stripped_of(i)):
                attributed.add(i)
                decided[i] = True
            # ... and so does a bailiff at work ((x): "Chấp hành viên đọc quyết định cưỡng chế
            # buộc giao nhà ..."), in a story that names no agency, which the model scored 0.09
            elif (sig := officer_at_work(*args, stripped=stripped_of(i))) is not None:
                headline[i] = sig
                decided[i] = True
        # ... and a sports ban ("thi hành án treo giò"), a long story that names civil
        # enforcement in one sentence outside its opening, a court's ruling headlined with no
        # work of civil enforcement, a bank's own sale, an auction of confiscated goods, a story
        # of the criminal enforcement body, of the auction trade or of the justice sector's other
        # fields is not relevant whatever the model says.
        vetoed = {
            i: sig
            for i in np.flatnonzero(decided).tolist()
            if (sig := _vetoed(items[i], stripped_of(i))) is not None
        }
        decided[list(vetoed)] = False
        relevant = np.flatnonzero(decided)
        # Only relevant articles get a label: the assessment runs on their rows only.
        p_lab = self._lab_proba.predict_proba(x[relevant]) if len(relevant) else None
        lab_row = {int(i): k for k, i in enumerate(relevant)}
        rel_contrib = x.data * self._rel_coef[x.indices]  # > 0: towards relevant
        bounds = x.indptr.tolist()
        out = []
        for i, (item, p) in enumerate(zip(items, p_rel.tolist(), strict=True)):
            lo, hi = bounds[i], bounds[i + 1]
            cols = x.indices[lo:hi]
            accented = not docs[i].isascii()
            score = min(max(p, 0.0), 1.0)
            if i in vetoed:  # (a veto overrules the headline's or the lead's relevance)
                score = min(score, 1.0 - RULE_LABEL_SCORE)
            elif i in headline or i in attributed:
                score = max(score, RULE_LABEL_SCORE)
            k = lab_row.get(i)
            if k is None:
                folded = _Once(partial(parts[i // BATCH].folded_text, i % BATCH))
                terms = self._terms(cols, rel_contrib[lo:hi], accented, folded=folded)
                reasons = ("không thuộc THADS: " + ", ".join(terms),) if terms else ()
                if i in vetoed:
                    reasons = (vetoed[i].reason, *reasons)
                out.append(
                    Classification(False, score, None, reasons=reasons, model_version=self.version)
                )
                continue
            reasons = []
            # (only relevant articles are explained in THADS terms, whose pieces are hidden)
            stripped = stripped_of(i)  # (and for the rule signals)
            context = _Once(partial(_syllables, stripped))  # (most explanations never need it)
            folded = _Once(partial(parts[i // BATCH].folded_text, i % BATCH))  # on first use
            terms = self._terms(cols, -rel_contrib[lo:hi], accented, context, folded)
            if terms:
                reasons.append("từ khóa: " + ", ".join(terms))
            if i in headline:
                reasons.append(headline[i].reason)
            scores = dict.fromkeys(LABELS, 0.0)
            for c, prob in zip(self._lab_classes, p_lab[k].tolist(), strict=True):  # type: ignore[index]
                scores[c] = prob
            best = max(self._lab_classes, key=lambda c: scores[c])
            found = signals(
                item["title"],
                item["text"],
                item.get("lead"),
                item.get("published_at"),
                stripped=stripped,
            )
            best = supported(best, scores, found)
            label = decide(str(best), found)
            # (a signal that only turns the model's "positive" is a reason where it did)
            found = [sig for sig in found if sig.label != NOT_POSITIVE or label != best]
            rules = [sig.reason for sig in found]
            if label == best:
                # the terms behind the text model's label, unless a rule decided another one
                lab_coef = self._lab_coef[self._lab_classes.index(best)]
                lab_terms = self._terms(
                    cols, x.data[lo:hi] * -lab_coef[cols], accented, context, folded
                )
                if lab_terms:
                    reasons.append(f"{LABEL_NAMES_VI[best]}: " + ", ".join(lab_terms))
            reasons.extend(rules)
            if any(sig.label in (label, NOT_POSITIVE) for sig in found):  # a rule decided or agreed
                scores = _with_rule(scores, label)
            province = office = None
            match = _find_province(item["title"], item["text"], item.get("lead"))
            if match is not None:
                province, office = match.province, match.office
                reasons.append(f'địa phương: "{match.mention}" → {match.province}')
            out.append(
                Classification(
                    relevant=True,
                    relevance_score=score,
                    label=label,
                    label_scores=scores,
                    action_needed=label in ACTION_LABELS,
                    province=province,
                    office=office,
                    reasons=tuple(reasons),
                    model_version=self.version,
                )
            )
        return out

    def _text(self, col: int) -> tuple[str, bool, str, bool]:
        """(matching key, one syllable?, as shown, maybe a piece of a lexicon phrase?) of a
        feature, memoised."""
        text = self._term_text.get(col)
        if text is None:
            term = _display(str(self._names[col]))
            key = strip_folded(term.casefold())
            single = " " not in key
            piece = not single and _piece_like(key)
            text = self._term_text[col] = (key, single, f'"{term}"', piece)
        return text

    def _terms(
        self,
        cols: np.ndarray,
        score: np.ndarray,
        accented: bool,
        context: Callable[[], str] | None = None,
        folded: Callable[[], str] | None = None,
    ) -> list[str]:
        """The features with the most negative ``score`` (minus their contribution to the
        decision explained), as shown to users: diacritic-free features only for
        diacritic-free input, no short single syllables ("to", "án"), no piece of a lexicon
        phrase where the document has it only inside one (``context``, when given: gives the
        document's syllables), no lexicon term of :data:`_SAID_WITH_DIACRITICS` that a text with
        diacritics does not say (``folded``: its folded text with diacritics), and no syllable
        already shown inside a longer term."""
        skip = _SHORT | (_HIDDEN_IF_ACCENTED if accented else 0)
        # (only contributions > 0 are shown: the others are left out before ranking)
        kept = np.flatnonzero(score < 0)
        cols, score = cols[kept], score[kept]
        # The _TOP strongest first: nearly always enough to find N_TERMS.
        for top in (_TOP, len(score)):
            # (argpartition in position order: among equal scores, the first column first)
            ranked = np.sort(np.argpartition(score, top)[:top]) if len(score) > top else None
            values = score if ranked is None else score[ranked]
            order = np.argsort(values, kind="stable")
            ranked_cols = cols[order if ranked is None else ranked[order]]
            flags = self._term_flags[ranked_cols]
            out: list[str] = []
            seen: set[str] = set()
            for col, flag in zip(ranked_cols.tolist(), flags.tolist(), strict=True):
                if flag & skip:
                    continue
                key, single, shown, piece = self._text(col)
                if key in seen or (single and any(key in s.split() for s in seen)):
                    continue
                if flag & _CHECK_DIACRITICS and accented and folded is not None:
                    if not _said(_display(str(self._names[col])), folded()):
                        continue  # "đồng phạm nhận" is no "phạm nhân"
                if piece and context is not None and _only_inside_phrases(key, context()):
                    continue
                seen.add(key)
                out.append(shown)
                if len(out) == N_TERMS:
                    return out
            if ranked is None or len(order) < top:  # every positive contribution was seen
                return out
        return out


def _sports_ban(item: Mapping[str, Any], stripped: str) -> Any:
    return sports_sanction(item["title"], item["text"], item.get("lead"), stripped=stripped)


def _vetoed(item: Mapping[str, Any], stripped: str) -> Any:
    """Signal (m), a sports ban, (p), a mention in passing, (s), a court's ruling, (u), a
    bank's own sale, (v), an auction of confiscated goods, (w), a story of criminal enforcement,
    (y), the auction trade, or (z), the justice sector's other fields: not relevant."""
    args = (item["title"], item["text"], item.get("lead"))
    return (
        _sports_ban(item, stripped)
        or passing_mention(*args, stripped=stripped)
        or court_ruling(*args, stripped=stripped)
        or bank_sale(*args, stripped=stripped)
        or confiscated_sale(*args, stripped=stripped)
        or auction_trade(*args, stripped=stripped)
        or justice_fields(*args, stripped=stripped)
        or criminal_story(*args, stripped=stripped)
    )


def _find_province(title: str, text: str, lead: str | None) -> Any:
    try:
        from classifier.provinces import find_province
    except ImportError:  # the province mapper is optional for the text models
        return None
    return find_province(title, text, lead)


def select(
    rows, docs, n_splits: int, n_jobs: int, candidates: Sequence[Candidate] = CANDIDATES
) -> tuple[Candidate, dict[str, dict]]:
    """Cross-validate the candidates; the best mean of relevance F1 on plain text, relevance F1
    on diacritic-free text and action_needed F1 wins."""
    folds = cv_folds(rows, n_splits)
    found = corpus_signals(rows)
    short = short_flags(docs)
    table = {}
    for feature_set in dict.fromkeys(c.feature_set for c in candidates):
        names = [c.estimator for c in candidates if c.feature_set == feature_set]
        cv = cross_validate(feature_set, names, docs, rows, folds, n_jobs)
        for name, by_variant in cv.items():
            table[Candidate(feature_set, name).name] = selection_score(
                by_variant, rows, found, short
            )
    best = best_candidate(table)
    return next(c for c in candidates if c.name == best), table


def train(
    out: Path,
    feedback: Sequence[FeedbackExample] = (),
    *,
    n_jobs: int = 2,
    select_model: bool = False,
    corpus: Path | None = None,
) -> Classifier:
    """Fit on the corpus plus ``feedback`` and save to ``out``.

    Every full-length example also trains in its feed form (:func:`classifier.models.lead_view`).
    A 5-fold grouped CV of the pipeline (the evaluation's) sets the relevance thresholds and the
    metrics kept in the artifact. The pipeline is :data:`classifier.models.DEFAULT` (the winner
    of the comparison in :func:`evaluate`); ``select_model=True`` compares every candidate again
    (about four times slower)."""
    started = time.perf_counter()
    corpus = Path(corpus) if corpus else CORPUS
    try:
        corpus_bytes = corpus.read_bytes()
        base_rows = corpus_rows(corpus)
    except (OSError, ValueError) as exc:
        raise ArtifactError(f"không đọc được kho dữ liệu huấn luyện {corpus}: {exc}") from None
    articles, overridden = merge_feedback(base_rows, feedback)
    articles = without_furniture(articles)
    rows = with_lead_views(articles)
    docs = documents(rows)
    candidates = CANDIDATES if select_model else (DEFAULT,)
    best, table = select(rows, docs, n_splits=5, n_jobs=n_jobs, candidates=candidates)
    y = np.array([bool(r["relevant"]) for r in rows])
    features, x = fit_features(best.feature_set, docs, rows)
    relevance = make_pipeline(features, best.estimator, int(min(y.sum(), (~y).sum())), binary=True)
    relevance[-1].fit(x, y)
    lab_idx = [i for i, r in enumerate(rows) if teaches_assessment(r)]
    labels = [rows[i]["label"] for i in lab_idx]
    # The assessment shares the relevance features and fits only its classifier, on the
    # relevant examples.
    assessment = make_pipeline(features, best.estimator, min(map(labels.count, set(labels))))
    assessment[-1].fit(x[lab_idx], labels)
    trained_at = datetime.now(UTC)
    dh = data_hash(corpus_bytes, [fb.as_row() for fb in feedback])
    metadata = {
        "version": f"{trained_at:%Y%m%dT%H%M}-{dh[:8]}",
        "sklearn_version": sklearn.__version__,
        "data_hash": dh,
        "trained_at": trained_at.isoformat(),
        "corpus": corpus.name if corpus == CORPUS else str(corpus),
        "n_examples": len(articles),
        "n_lead_views": len(rows) - len(articles),
        "n_relevant": sum(bool(r["relevant"]) for r in articles),
        "n_feedback": len(feedback),
        "n_feedback_overrides": overridden,
        "feedback_ids": sorted({fb.id for fb in feedback}),
        "model": best.name,
        "threshold": table[best.name]["threshold"],
        "threshold_short": table[best.name]["threshold_short"],
        "metrics": {"selection_cv_folds": 5, "candidates": table, "chosen": best.name},
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    thresholds = Thresholds(table[best.name]["threshold"], table[best.name]["threshold_short"])
    clf = Classifier(relevance, assessment, thresholds, metadata)
    artifact.write(Path(out), clf, metadata)
    log.info("trained %s (%s) in %.1fs", metadata["version"], best.name, metadata["train_seconds"])
    return clf


def load(path: Path) -> Classifier:
    """Load an artifact written by :func:`train` (:class:`ArtifactError` otherwise)."""
    clf, meta = artifact.read(Path(path))
    if not isinstance(clf, Classifier):
        raise ArtifactError(f"{path}: không phải mô hình phân loại (not a classifier).")
    clf.metadata = meta
    return clf


def load_or_train(
    path: Path, feedback: Sequence[FeedbackExample] = (), *, corpus: Path | None = None
) -> Classifier:
    """The model at ``path``; trained (on ``corpus``, default the bundled one) and saved there
    first when the file does not exist."""
    if not Path(path).exists():
        return train(Path(path), feedback, corpus=corpus)
    return load(path)


def evaluate(out: Path | None = None, *, quick: bool = False):
    """The evaluation report (see :mod:`classifier.evaluation`); written as JSON to ``out``."""
    from classifier.evaluation import evaluate as _evaluate

    return _evaluate(out, quick=quick)


def _with_rule(scores: dict[str, float], label: str) -> dict[str, float]:
    """``scores`` with ``label`` raised to :data:`RULE_LABEL_SCORE` (never lowered) and the other
    labels scaled to share the remainder, so the scores still sum to one."""
    target = max(scores[label], RULE_LABEL_SCORE)
    rest = sum(v for k, v in scores.items() if k != label)
    scale = (1.0 - target) / rest if rest > 0 else 0.0
    return {k: (target if k == label else v * scale) for k, v in scores.items()}
