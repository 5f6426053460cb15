"""Who and when: shared context words for attribution and tense/aspect.

A cue exposes the author only when it is about the author or their household and, for
whereabouts, about now or later. These patterns are matched on the normalised text of a
sentence or of the window before a cue. They are deliberately about grammar and roles
(「推しの」, 「〜らしい」, 「行ってきた」), never about particular places or names.
"""

from __future__ import annotations

import re

#: Someone else is the owner or subject: celebrities, friends, media, shops, the news.
THIRD_PARTY = re.compile(
    r"推し|公式|芸人|アイドル|声優|俳優|女優|タレント|選手|監督|YouTuber|ユーチューバー|"
    r"インフルエンサー|作家|著者|インタビュー|友達|友人|ともだち|ママ友|パパ友|幼なじみ|幼馴染|同僚|同期|後輩|先輩|上司|彼氏|彼女|元カレ|元カノ|"
    r"ドラマ|映画|アニメ|ニュース|速報|番組|報道|記事|噂|主人公|キャラ|知り合い|近所の人"
)
#: Hearsay, examples, wishes and questions: not a statement about the author.
HEDGE = re.compile(
    r"らしい|らしく|って(?:聞|言|書)|なんだって|んだって|とのこと|との事|みたい(?:な|に|だ|です)?|"
    # 博多弁 「〜年たい」, 「よかたい」 end a statement; a wish needs a verb stem before たい.
    r"(?<![がでっか年\d])たい(?:な|なぁ|なあ|!|。|$)|いつか|将来|夢(?!に(?:また)?一歩|が叶|叶)|例えば|テスト用|サンプル|ダミー|架空|"
    r"(?:てる|してる|んだ|だ|いる)そう(?:[。!]|$|で)|(?:る|た)そう(?:です|だ|な|で|じゃ)|[?]"
)
#: Told afterwards: past trips, memories.
PAST = re.compile(
    r"わず|ワズ|先月|先週|去年|昨年|昨日|おととい|この前|この間|以前|昔|ぶり|"
    r"(?:\d+|[一二三四五六七八九十数]+)\s?(?:年|ヶ月|か月|カ月|日|週間)前|"
    r"ってきた|ってきました|ってた|ってました|んでた|んでました|でした|だった|かった(?:!|。|な|よ|$)|"
    r"行った|来た|見た|いた(?:けど|時|とき|頃)|頃|の時|思い出|懐かし"
)

#: The author is a subject too: 「俺も」, 「私も保育士として」, 「この春から私が継ぎます」
#: (someone else's job or place in the same sentence does not make it only theirs).
SELF_TOO = re.compile(r"(?:私|僕|俺|自分|わたし|あたし|わし)(?:も|が)|うちも")

#: Clause boundaries inside a sentence: a hedge in one clause does not reach the others
#: (「香川住みやけど、毎日うどん食べとるわけちゃうけんな?」).
CLAUSE_CUT = re.compile(r"、|,|けど|けれど|ので|から、|が、")


def clause_around(text: str, start: int, end: int, pos: int) -> str:
    """The clause of ``text[start:end]`` (a sentence) that holds ``pos``."""
    cuts = [m.end() for m in CLAUSE_CUT.finditer(text, start, pos)]
    nxt = CLAUSE_CUT.search(text, pos, end)
    return text[cuts[-1] if cuts else start : nxt.start() if nxt else end]
