#!/usr/bin/env python3
"""Writes the encoding fixtures: the same small WordPress page, its comment in a language the
encoding serves, saved in that encoding with the declaration a real page would carry.
`expected.tsv` lists, per page, the encoding a browser decodes it with and the comment text
it shows. Run from this folder; the pages are committed, so this is only needed to change them."""
import codecs

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
{declaration}
<meta name="generator" content="WordPress 6.4.2">
<title>{title}</title>
<link rel="canonical" href="https://example.org/{slug}/">
</head>
<body class="post-template-default single single-post">
<article id="post-7" class="post-7 post type-post status-publish hentry">
<h1 class="entry-title">{title}</h1>
<div class="entry-content"><p>{post}</p></div>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">1</h2>
<ol class="comment-list">
<li id="comment-41" class="comment even thread-even depth-1">
<article id="div-comment-41" class="comment-body">
<footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">{author}</b> <span class="says">{says}</span></div>
<div class="comment-metadata"><a href="https://example.org/{slug}/#comment-41"><time datetime="2021-03-04T05:06:07+00:00">2021-03-04</time></a></div>
</footer>
<div class="comment-content"><p>{comment}</p></div>
</article>
</li>
</ol>
</div>
</body>
</html>
"""

META = '<meta charset="{label}">'
HTTP_EQUIV = '<meta http-equiv="Content-Type" content="text/html; charset={label}">'

# file, python codec, declared label, declaration form, expected encoding name, BOM, language, texts
PAGES = [
    ("utf-8", "utf-8", "UTF-8", META, "UTF-8", b"", "sv", "Smörgåsbord", "Jag håller med – äntligen!", "Åsa", "skriver:"),
    ("utf-8-bom", "utf-8", None, None, "UTF-8", codecs.BOM_UTF8, "de", "Grüße", "Schöne Grüße aus Köln — „genau so“.", "Jürgen", "sagt:"),
    ("utf-16le-bom", "utf-16-le", None, None, "UTF-16LE", codecs.BOM_UTF16_LE, "el", "Καλημέρα", "Ευχαριστώ πολύ για το άρθρο!", "Νίκος", "λέει:"),
    ("windows-1250", "cp1250", "windows-1250", META, "windows-1250", b"", "pl", "Zażółć gęślą jaźń", "Świetny wpis, dziękuję – „naprawdę”.", "Łukasz", "pisze:"),
    ("windows-1251", "cp1251", "windows-1251", HTTP_EQUIV, "windows-1251", b"", "ru", "Привет", "Спасибо за статью — очень полезно!", "Дмитрий", "пишет:"),
    ("windows-1252", "cp1252", "windows-1252", META, "windows-1252", b"", "fr", "Cœur", "C’est « génial » — 5 € seulement…", "Françoise", "dit :"),
    ("iso-8859-1", "cp1252", "ISO-8859-1", HTTP_EQUIV, "windows-1252", b"", "de", "Straße", "Schöne Grüße, Jürgen – bis bald!", "Björn", "sagt:"),
    ("iso-8859-2", "iso8859-2", "ISO-8859-2", META, "ISO-8859-2", b"", "cs", "Příliš žluťoučký kůň", "Děkuji, článek je výborný.", "Jiří", "napsal:"),
    ("iso-8859-15", "iso8859-15", "ISO-8859-15", META, "ISO-8859-15", b"", "fr", "Œuvre", "Ça coûte 10 €, un bœuf entier !", "Zoé", "dit :"),
    ("koi8-r", "koi8-r", "KOI8-R", HTTP_EQUIV, "KOI8-R", b"", "ru", "Зима", "Отличный пост, жду продолжения.", "Ольга", "пишет:"),
    ("shift_jis", "cp932", "Shift_JIS", META, "Shift_JIS", b"", "ja", "日本語", "とても参考になりました。ありがとうございます！", "山田太郎", "より:"),
    ("euc-jp", "euc_jp", "EUC-JP", HTTP_EQUIV, "EUC-JP", b"", "ja", "東京", "素晴らしい記事ですね。", "佐藤花子", "より:"),
    ("gbk", "gbk", "GBK", META, "GBK", b"", "zh-CN", "你好", "写得很好，谢谢分享！", "王小明", "说道："),
    ("gb18030", "gb18030", "GB18030", META, "gb18030", b"", "zh-CN", "北京", "非常有用的文章，期待更新。", "李华", "说道："),
    ("big5", "big5", "Big5", META, "Big5", b"", "zh-TW", "台北", "寫得真好，感謝分享！", "陳大文", "說："),
    ("euc-kr", "euc_kr", "EUC-KR", META, "EUC-KR", b"", "ko", "안녕하세요", "좋은 글 감사합니다!", "김민수", "님의 말:"),
    ("declared-latin1-but-utf-8", "utf-8", "ISO-8859-1", META, "UTF-8", b"", "de", "Müller", "Grüße aus München – schön!", "Käthe", "sagt:"),
]

with open("expected.tsv", "w", encoding="utf-8") as manifest:
    manifest.write("file\tencoding\tauthor\ttext\n")
    for name, codec, label, form, expected, bom, lang, title, comment, author, says in PAGES:
        declaration = form.format(label=label) if form else ""
        html = PAGE.format(lang=lang, declaration=declaration, title=title, slug=name, post=title,
                           author=author, says=says, comment=comment)
        with open(name + ".html", "wb") as page:
            page.write(bom + html.encode(codec))
        manifest.write(f"{name}.html\t{expected}\t{author}\t{comment}\n")
