"""Text cues: find what a post's words give away, category by category.

Sees text only; never reads files or the network. ``detect`` for one text,
``detect_many`` for a stream (batched, lazy, one list per input, in order). Findings
come back with ``post_id=None``, ``field="text"``, ``source="text"``; the caller attaches
ids. ``start``/``end`` index the original text (``text == original[start:end]``).
Importing this package does not import spaCy: GiNZA loads on the first detection.

Layers (``detector.py``): normalise + validated patterns → Sudachi-token recognisers →
GiNZA's neural NER only on sentences holding a name slot (``names.py``) → the learned
layer (``learned.py``, a shipped linear model that can add a category the rules missed). One module per
category or technique; ``DETECTOR_VERSION`` keys the result cache and is bumped whenever
output can change.

``kind`` / ``value`` vocabulary (the normalised reading of each cue)
====================================================================

home
    ``address``       the address as written after NFKC ("川崎市中原区木月7-2-3 グリーンハイツ202")
    ``postcode``      "123-4567"
    ``municipality``  full gazetteer name: "練馬区", "横浜市青葉区", "札幌市北区", "調布市"
    ``prefecture``    "北海道", "大阪府"
    ``station``       station name with 駅: "石神井公園駅"
    ``neighbourhood`` area/town/landmark name: "桜新町", "高田馬場"; ``None`` for a vague
                      「うちの近所」 (weight 0.2)
workplace
    ``org``           employer/shop/office name or the office's place: "ミナト銀行新宿西口支店",
                      "静岡県庁", "西新宿"; ``None`` when only a shop owner's voice is heard
    ``job``           the job noun: "看護師", "司書"
school
    ``school``        the school's name as written: "緑ヶ丘中", "京葉大", "北海道大学"
    ``grade``         "2年3組", "2年", "2回生"
family
    ``member``        normalised role: 夫, 妻, 夫婦, 息子, 娘, 子ども, 父, 母, 親, 両親,
                      兄, 姉, 弟, 妹, 兄弟, 姉妹, 祖父, 祖母, 祖父母, 孫, 義父, 義母,
                      義兄, 義姉, 義弟, 義妹, 家族
    ``member_age``    "role:age", e.g. "娘:5"
    ``household_size`` "3"
routine
    ``time``          "HH:MM" (「7時半」 → "07:30")
    ``weekly``        weekdays in calendar order: "火", "月水金"
    ``line``          train line: "東横線", "JR鹿児島本線"
    ``place``         the usual place (gazetteer/Sudachi place or a name in 「」)
    ``recurring``     a routine without a parsable anchor, or at a kind of place (「いつもの
                      カフェ」; value ``None``)
whereabouts
    ``now``           where the author is now (place or ``None``)
    ``future``        where the author will be (place or ``None``); dates are not resolved
                      because the post's own date is not known here, so value is the place
    ``away``          home will be empty (value: the trip's place or ``None``)
contact
    ``phone``         E.164: "+819012345678"
    ``email``         "local@domain" (lower case, [at] resolved)
    ``sns_id``        "@handle" for @-handles, else "service:id" ("line:momo_0000",
                      "instagram:yui_0000", "discord:…", "kakaotalk:…", "id:…" when unnamed)
identity
    ``name``          the name as written: "鈴木健一"
    ``age``           integer as string: "28"
    ``birthday``      "MM-DD" or "YYYY-MM-DD"; ``None`` for 「今日誕生日」 (the post's date)
    ``birth_year``    "1996" (only when no full birthday is given)
    ``mynumber``      the 12 digits (weight 1.0 if the check digit is valid, else 0.8)
    ``card``          last four digits only (never the full number)
    ``passport``      "TZ1234567"
    ``licence``       the 12 digits (or a licence registration number: 「登録番号 第0000831号」)
    ``id_number``     a student, staff or membership number (「学籍番号 22J0000347」)
    ``plate``         "品川 300 あ 12-34"
    ``bank_account``  account number ("1234567"), or "記号-番号" for ゆうちょ

any category
    ``learned``       added by the learned layer (``learned.py``) where no rule fired: the
                      span is the phrase that contributed most, the reason is generic
                      (「勤務先を示す表現」), value ``None``

Profile fields go through ``detect_field(field, text)`` (``fields.py``): a bare place in
``location`` is ``home``; a ``bio`` is read as a self-description.

Weights: 1.0 pins the person (full address, ID numbers), ~0.5–0.7 narrows strongly
(municipality, station, employer, school, phone), 0.2–0.4 is a weak or vague cue
(「近所」, a family member's existence, a routine without place).
"""

from auditor.cues.detector import DETECTOR_VERSION, detect, detect_many
from auditor.cues.fields import detect_field

__all__ = ["DETECTOR_VERSION", "detect", "detect_field", "detect_many"]
