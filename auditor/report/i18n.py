"""Every word the report prints, in Japanese (default) and English, per audience.

``self`` speaks to the account owner; ``parent`` to a parent reading with a teenager, and
overrides only the strings whose wording changes. Strings are plain text: the template
escapes them like everything else, so none may carry markup. ``{name}`` placeholders are
filled with ``str.format``.
"""

from __future__ import annotations

from typing import Any

LANGS = ("ja", "en")
AUDIENCES = ("self", "parent")

_JA: dict[str, str] = {
    "title": "SNS 露出チェック",
    "subtitle": "あなたの投稿から、見知らぬ人に何が読み取れるか",
    "intro": (
        "このレポートは手元のパソコンの中だけで作られ、どこにも送信されていません。"
        "あなたについての情報がまとまっているので、人に見せるときは --redact で伏せ字にしてください。"
    ),
    "meta": "{platform} @{handle} ・ 投稿 {n_posts} 件を確認 ・ 見直したい投稿 {n_flagged} 件 ・ {date}",
    "redacted_badge": "伏せ字版: 見つかった値は一部を隠しています (投稿へのリンクも省いています)",
    "toc": "目次",
    # score
    "sec_score": "特定されやすさ",
    "score_of": "{value} / 100",
    "band_low": "低い",
    "band_medium": "中くらい",
    "band_high": "高い",
    "band_very_high": "非常に高い",
    "gauge_label": "特定されやすさ {value} / 100 ({band})",
    "explain_fallback": "{cats}から、あなたを絞り込む手がかりが読み取れます。",
    "explain_none": "目立った手がかりは見つかりませんでした。",
    "list_sep": "、",
    "locatability": "所在",
    "loc_none": "絞り込めません",
    "loc_prefecture": "都道府県まで絞り込めます",
    "loc_municipality": "市区町村まで絞り込めます",
    "loc_station": "最寄り駅まで絞り込めます",
    "loc_street": "町丁目・番地まで絞り込めます",
    "predictability": "行動予測",
    "pred_low": "予測しにくい",
    "pred_medium": "ある程度予測できる",
    "pred_high": "予測しやすい",
    "pred_detail": "{level} ({pct}%) — いつ家を出て、いつ帰るか",
    "anonymity": "約 {n} 人の中から 1 人に絞り込める計算です ({bits} ビット)",
    "anonymity_one": "一人に絞り込める計算です ({bits} ビット)",
    # profile card
    "sec_profile_card": "見知らぬ人がつなぎ合わせられること",
    "profile_card_note": "別々の投稿では小さな手がかりでも、組み合わせると一人に絞り込めます。番号は根拠になった投稿です。",
    "row_home": "自宅",
    "row_workplace": "勤務先",
    "row_school": "学校",
    "row_family": "家族",
    "row_routine": "生活リズム",
    "row_absences": "留守・外出",
    "row_identity": "本人の情報",
    "near_station": "最寄り駅 {station}",
    "confidence": "確からしさ {pct}%",
    "evidence": "根拠",
    "evidence_more": "ほか {n} 件",
    "leave_home": "平日 {t} 頃に家を出る",
    "return_home": "平日 {t} 頃に帰宅",
    "weekly": "毎週: {w}",
    "sleep": "投稿のない時間帯 {s}",
    "absence": "{start}〜{end}",
    "absence_open": "{start}〜",
    "name": "名前: {v}",
    "birthday": "誕生日: {v}",
    "age": "年齢: {v} 歳",
    # categories
    "sec_categories": "カテゴリ別の露出",
    "categories_note": "バーの長さは、そのカテゴリがどれだけ読み取れるか (0〜100) です。",
    "n_findings": "{n} 件",
    # heatmap
    "sec_heatmap": "いつ投稿しているか",
    "heatmap_note": "曜日 × 時刻 ({tz}) ごとの投稿数。投稿時刻だけでも、家を出る時間や帰る時間が読み取れます。",
    "heatmap_marks_note": "枠と線は推定した出発・帰宅の時間帯です。",
    "heatmap_cell": "{day} {hour} 時台: {n} 件",
    "weekdays": "月,火,水,木,金,土,日",
    "leave_mark": "出発 {t}",
    "return_mark": "帰宅 {t}",
    "fewer": "少ない",
    "more": "多い",
    # history
    "sec_history": "スコアの推移",
    "history_single": "比べられる前回のスキャンはまだありません。投稿を整理したあとにもう一度スキャンすると、ここで前後を比べられます。",
    "history_change": "最初のスキャン {first} → 今回 {last} ({delta})",
    "history_label": "スコアの推移: {points}",
    "projected": "対策後の見込み",
    "history_date": "日時",
    "history_score": "スコア",
    # actions
    "sec_actions": "まずやること",
    "actions_note": "上から順に行うと、スコアはこのように下がる見込みです。",
    "act_delete": "投稿を削除する",
    "act_edit": "言葉を消して投稿し直す",
    "act_remove_location": "位置情報を消す",
    "act_lock_account": "アカウントに鍵をかける (非公開にする)",
    "act_post_later": "外出の投稿は帰ってからにする",
    "score_step": "スコア {before} → {after}",
    "step_predictability": "行動予測 {before}% → {after}%",
    "step_capped": "ほかにも本人に届く投稿があるため、まだ上限のままです",
    "words": "消す言葉: {w}",
    "quote": "「{w}」",
    "target_post": "対象の投稿",
    "actions_more": "ほか {n} 件の対策は CSV/JSON に書き出せます。",
    # posts
    "sec_posts": "見直したい投稿 ({n} 件)",
    "open_post": "投稿を開く",
    "recommended": "おすすめ: {action}",
    "photo": "写真 {n}",
    "gps": "撮影場所 (位置情報): {v}",
    "taken_at": "撮影日時: {v}",
    "device": "機種: {v}",
    "ocr": "写真の中の文字",
    "faces": "顔が {n} 人写っています",
    "image_error": "読み取れませんでした: {v}",
    "geo_post": "投稿の位置情報: {v}",
    "more_posts": "ほかの {n} 件 (一覧)",
    "not_listed": "さらに {n} 件はこのファイルには載せていません。--csv で全件を書き出せます。",
    "evidence_posts": "根拠になったその他の投稿 ({n} 件)",
    "profile_section": "プロフィール",
    "field_bio": "自己紹介",
    "field_location": "場所",
    "field_display_name": "表示名",
    "field_url": "ウェブサイト",
    "reply": "返信",
    "repost": "リポスト",
    "no_date": "日時不明",
    # next steps
    "sec_next": "これからのために",
    "next_lock_h": "鍵をかける・公開範囲を絞る",
    "next_lock": "アカウントを非公開 (鍵アカ) にするか、見られる相手を絞りましょう。古い投稿は、上の一覧を見ながら消していきます。",
    "next_location_h": "位置情報を切る",
    "next_location": "投稿アプリとカメラの位置情報をオフにし、写真は位置情報を消してから載せます。窓からの景色、駅名、郵便物、制服や名札など、背景も投稿前に確認します。",
    "next_later_h": "旅行・外出は帰ってから",
    "next_later": "「〇〇なう」や「明日から旅行」は、今どこにいるか・家が空くことを知らせます。外出や旅行の投稿は帰ってからにしましょう。",
    "next_account_h": "アカウントを守る",
    "next_account": "パスワードを使い回さず、二段階認証をオンにします。",
    "leaked_h": "すでに広まってしまったら",
    "leak_evidence_h": "1. 証拠を残す",
    "leak_evidence": "ページ、URL、投稿したアカウント、日時を控えます。スクリーンショットは 20250911_1405_post.png のように日時入りの名前にし、手を加えずにバックアップと一緒に保存します。",
    "leak_takedown_h": "2. 削除を依頼する",
    "leak_takedown": "そのサービスの報告・削除依頼フォームから、投稿の削除を求めます。",
    "leak_police_h": "3. 警察・弁護士に相談する",
    "leak_police": "脅し、つきまとい、名誉毀損があれば警察へ (緊急は 110、相談は #9110)。投稿した人を特定したいときは弁護士に相談します (発信者情報開示請求)。",
    "parent_talk_h": "",
    "parent_talk": "",
    "parent_school_h": "",
    "parent_school": "",
    # footer
    "footer_private": "このファイルにはあなたについての情報がまとまっています。共有や印刷には気をつけてください。",
    "footer_generated": "作成 {date} ・ 検出器 {version} ・ スキャン #{scan}",
    "warnings": "注意",
}

_EN: dict[str, str] = {
    "title": "Social media exposure check",
    "subtitle": "What a stranger can read from your posts",
    "intro": (
        "This report was made on your own computer and sent nowhere. It gathers what can be "
        "found about you: redact it with --redact before showing it to anyone."
    ),
    "meta": "{platform} @{handle} · {n_posts} posts checked · {n_flagged} to review · {date}",
    "redacted_badge": "Redacted copy: found values are partly masked (links to posts are left out)",
    "toc": "Contents",
    "sec_score": "How identifiable",
    "score_of": "{value} / 100",
    "band_low": "low",
    "band_medium": "medium",
    "band_high": "high",
    "band_very_high": "very high",
    "gauge_label": "Identifiability {value} / 100 ({band})",
    "explain_fallback": "Your posts give away clues about: {cats}.",
    "explain_none": "No notable clues were found.",
    "list_sep": ", ",
    "locatability": "Where you can be found",
    "loc_none": "cannot be narrowed down",
    "loc_prefecture": "down to the prefecture",
    "loc_municipality": "down to the city or ward",
    "loc_station": "down to the nearest station",
    "loc_street": "down to the street",
    "predictability": "Predictability",
    "pred_low": "hard to predict",
    "pred_medium": "partly predictable",
    "pred_high": "easy to predict",
    "pred_detail": "{level} ({pct}%) — when you leave and come home",
    "anonymity": "Narrows you down to about 1 in {n} people ({bits} bits)",
    "anonymity_one": "Enough to single you out ({bits} bits)",
    "sec_profile_card": "What a stranger can piece together",
    "profile_card_note": "Small clues in separate posts add up to one person. Numbers link to the posts they come from.",
    "row_home": "Home",
    "row_workplace": "Workplace",
    "row_school": "School",
    "row_family": "Family",
    "row_routine": "Routine",
    "row_absences": "Away from home",
    "row_identity": "Identity",
    "near_station": "nearest station {station}",
    "confidence": "confidence {pct}%",
    "evidence": "Evidence",
    "evidence_more": "{n} more",
    "leave_home": "leaves home around {t} on weekdays",
    "return_home": "comes home around {t} on weekdays",
    "weekly": "every week: {w}",
    "sleep": "no posts {s}",
    "absence": "{start} – {end}",
    "absence_open": "from {start}",
    "name": "name: {v}",
    "birthday": "birthday: {v}",
    "age": "age: {v}",
    "sec_categories": "Exposure by category",
    "categories_note": "Bar length: how much of each category can be read (0–100).",
    "n_findings": "{n} found",
    "sec_heatmap": "When you post",
    "heatmap_note": "Posts per weekday and hour ({tz}). Posting times alone show when you leave and come home.",
    "heatmap_marks_note": "Boxes and lines mark the inferred leaving and returning times.",
    "heatmap_cell": "{day} {hour}:00: {n} posts",
    "weekdays": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "leave_mark": "leave {t}",
    "return_mark": "home {t}",
    "fewer": "fewer",
    "more": "more",
    "sec_history": "Score over time",
    "history_single": "No earlier scan to compare with yet. Scan again after cleaning up to see before and after here.",
    "history_change": "First scan {first} → this scan {last} ({delta})",
    "history_label": "Score over time: {points}",
    "projected": "after the steps",
    "history_date": "Date",
    "history_score": "Score",
    "sec_actions": "What to do first",
    "actions_note": "Done in this order, the score is expected to fall like this.",
    "act_delete": "Delete the post",
    "act_edit": "Repost without the words",
    "act_remove_location": "Remove the location",
    "act_lock_account": "Make the account private",
    "act_post_later": "Post outings after you are back",
    "score_step": "score {before} → {after}",
    "step_predictability": "predictability {before}% → {after}%",
    "step_capped": "still at the top: other posts identify you too",
    "words": "words to remove: {w}",
    "quote": "“{w}”",
    "target_post": "the post",
    "actions_more": "{n} more steps are in the CSV/JSON export.",
    "sec_posts": "Posts to review ({n})",
    "open_post": "Open post",
    "recommended": "Suggested: {action}",
    "photo": "Photo {n}",
    "gps": "Where it was taken (GPS): {v}",
    "taken_at": "Taken: {v}",
    "device": "Device: {v}",
    "ocr": "Text in the photo",
    "faces": "{n} face(s) visible",
    "image_error": "Could not be read: {v}",
    "geo_post": "Post location: {v}",
    "more_posts": "{n} more (list)",
    "not_listed": "{n} more are not in this file. --csv exports all of them.",
    "evidence_posts": "Other posts used as evidence ({n})",
    "profile_section": "Profile",
    "field_bio": "Bio",
    "field_location": "Location",
    "field_display_name": "Display name",
    "field_url": "Website",
    "reply": "reply",
    "repost": "repost",
    "no_date": "date unknown",
    "sec_next": "Next steps",
    "next_lock_h": "Lock the account",
    "next_lock": "Make the account private or limit who can see it. Delete old posts using the list above.",
    "next_location_h": "Turn off location",
    "next_location": "Turn off location in the app and the camera; strip location from photos before posting. Check the background: the view from a window, station signs, parcels, uniforms and name tags.",
    "next_later_h": "Post trips afterwards",
    "next_later": "\"At X now\" or \"away for a week from tomorrow\" tells where you are and that home is empty. Post outings and trips after you are back.",
    "next_account_h": "Protect the account",
    "next_account": "Don't reuse passwords; turn on two-factor authentication.",
    "leaked_h": "If something has already leaked",
    "leak_evidence_h": "1. Keep evidence",
    "leak_evidence": "Note the page, its URL, the author's account, the date and time. Name screenshots with a timestamp such as 20250911_1405_post.png and keep them unaltered, with a backup.",
    "leak_takedown_h": "2. Ask for a takedown",
    "leak_takedown": "Use the platform's report or removal form to ask for the post to be taken down.",
    "leak_police_h": "3. Police or a lawyer",
    "leak_police": "For threats, stalking or defamation go to the police (in Japan: 110 for emergencies, #9110 to consult). To identify an anonymous poster, see a lawyer (a disclosure request, 発信者情報開示請求).",
    "parent_talk_h": "",
    "parent_talk": "",
    "parent_school_h": "",
    "parent_school": "",
    "footer_private": "This file gathers information about you. Take care when sharing or printing it.",
    "footer_generated": "Made {date} · detector {version} · scan #{scan}",
    "warnings": "Notes",
}

#: Only the strings whose wording changes when a parent reads with a teenager.
_PARENT: dict[str, dict[str, str]] = {
    "ja": {
        "subtitle": "お子さんと一緒に読むためのレポート",
        "intro": (
            "保護者の方へ: このレポートは、お子さんの公開アカウントから誰でも読み取れることをまとめたものです。"
            "責めるためではなく、一緒に見直すために使ってください。学校・制服・顔に関わる項目を先に並べています。"
        ),
        "explain_fallback": "{cats}から、お子さんを絞り込む手がかりが読み取れます。",
        "sec_profile_card": "知らない人がお子さんについてつなぎ合わせられること",
        "sec_actions": "一緒にやること",
        "sec_posts": "一緒に見直したい投稿 ({n} 件)",
        "sec_next": "お子さんと決めておきたいこと",
        "parent_talk_h": "責めずに、一緒に",
        "parent_talk": "見つかった投稿は、叱る材料ではなく「知らない人からどう見えるか」を一緒に考えるきっかけにしてください。困ったときに相談できることが一番の守りです。",
        "parent_school_h": "学校・制服・顔",
        "parent_school": "学校名、クラス、制服、名札、運動会などの行事、顔がわかる写真は、学校と通学路を知らせます。載せる前に一緒に確認するルールを決めましょう。",
        "footer_private": "このファイルにはお子さんについての情報がまとまっています。共有や印刷には気をつけてください。",
    },
    "en": {
        "subtitle": "A report to read together with your teen",
        "intro": (
            "For parents: this report gathers what anyone can read from your child's public account. "
            "Use it to review together, not to blame. School, uniform and face findings come first."
        ),
        "explain_fallback": "Your child's posts give away clues about: {cats}.",
        "sec_profile_card": "What a stranger can piece together about your child",
        "sec_actions": "What to do together",
        "sec_posts": "Posts to review together ({n})",
        "sec_next": "What to agree on with your teen",
        "parent_talk_h": "Together, without blame",
        "parent_talk": "Use what was found to talk about how a stranger sees these posts, not to scold. Being able to ask for help is the best protection.",
        "parent_school_h": "School, uniform, faces",
        "parent_school": "School names, classes, uniforms, name tags, school events and photos showing faces tell a stranger the school and the way there. Agree to check such posts together before they go up.",
        "footer_private": "This file gathers information about your child. Take care when sharing or printing it.",
    },
}

_BASE = {"ja": _JA, "en": _EN}


class Strings:
    """``t("key", n=3)``: the string for one language and audience, formatted."""

    def __init__(self, lang: str = "ja", audience: str = "self") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        self.lang = lang
        self.audience = audience
        self._table = dict(_BASE[lang])
        if audience == "parent":
            self._table.update(_PARENT[lang])

    def __call__(self, key: str, **kw: Any) -> str:
        text = self._table[key]
        return text.format(**kw) if kw else text

    def has(self, key: str) -> bool:
        return bool(self._table.get(key))

    @property
    def weekdays(self) -> list[str]:
        return self("weekdays").split(",")
