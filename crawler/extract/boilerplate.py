"""Page junk of Indonesian news sites, as data, and the two passes that remove it.

``prune_tree`` runs on the HTML before trafilatura: it drops elements whose
class/id names related news, sharing or ads, inline "Baca juga" blocks, the
link lists after a "Berita Terkait" heading (trafilatura keeps those when their
container has a neutral class name), and lists of teasers (linked headings side by
side, each with a short text), whatever their names. ``clean_lines`` runs on trafilatura's text:
it drops whole short lines that are promos, bylines, captions and footers, and
cuts the text at a related-news heading. Every rule matches a *whole line* (or
a whole element's text), so a sentence that merely contains "baca juga" or
"editor" stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.extract import furniture
from crawler.extract.markup import table_caption
from crawler.prose import figures_row


@dataclass(frozen=True)
class LineRule:
    """A whole-line pattern; ``kind`` says what the line was ("byline" lines feed metadata)."""

    pattern: re.Pattern[str]
    kind: str = "junk"
    max_len: int = 200


def _rule(pattern: str, kind: str = "junk", max_len: int = 200, flags: int = re.I) -> LineRule:
    return LineRule(re.compile(pattern, flags), kind, max_len)


_DAY = (r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)\b)?")
# one to five capitalised words, with the lower-case joiners of Indonesian names and units
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|dan|bin|binti|van|de|al)){0,4}"

# a labelled telephone number, e-mail address or site's address
# Indonesian academic degrees written after a name: "S.Sos.", "M.Si", "SE.", "MM",
# "S.H., M.H.", "S.STP.", "M.AP", "Ph.D", "MBA", "Lc"
_DEGREE = (r"(?:[SMD]\.?\s?[A-Z][A-Za-z]{0,4}\.?(?:\s?[A-Z][a-z]{0,3}\.?)?|S\.?\d|SE|SH|ST|SP|"
           r"MM|MT|MH|MP|MA|MBA|MPA|MPH|MSc|BSc|Ph\.?\s?D|Lc|Ak|CA|CPA)\.?")
# an office held, as a quote's or a photo's attribution names it: "Wali Kota Ambon",
# "Kepala Dinas Kesehatan Kota Manado", "Ketua DPRD Bengkulu"
_OFFICE_HELD = (r"(?:Wali\s*[Kk]ota|Walikota|Wakil\s+(?:Wali\s*[Kk]ota|Bupati|Gubernur|Ketua)|"
                r"Bupati|Gubernur|Camat|Lurah|Sekretaris\s+Daerah|Sekda|Kepala|Ketua|Kapolres|Kapolda|"
                r"Direktur|Menteri)(?:\s+[A-Z][\w.-]*)+")
_PHONE = r"\+?\(?\d[\d\s().-]{6,}\d"
_CONTACT = (r"(?:(?:(?i:telp|telepon|tel|phone|ph|hp|wa|whatsapp|fax|faks|faksimile|mobile"
            r"|call\s*cent(?:er|re)|hotline|no\.?\s*hp|no\.?\s*telp|hp/wa|telp/wa|telp/fax)\.?"
            r"|電話|電話番号|ファクス|ファックス|联系电话|电话|传真|연락처|전화|팩스)"
            r"\s*[:：.]?\s*" + _PHONE
            + r"|(?i:e-?mail|pos-?el|surel|mail|メール|电子邮箱|邮箱|이메일)\s*[:：.]?\s*"
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
            r"|(?i:laman|website|situs|web|site|homepage|ホームページ|网址|홈페이지)\s*[:：.]?\s*"
            r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?)")

LINE_RULES: tuple[LineRule, ...] = (
    # "Baca juga", "Simak juga", "Lihat juga", "Read also", alone or with a headline
    # and the English "Also read:", "Related news: ..."
    _rule(r"(?:baca|simak|lihat|cek)\s+(?:juga|pula)\b.*|(?:read|see)\s+(?:also|more)\b.*"
          r"|also\s+read\b.*|related(?:\s+(?:news|articles?|stories|story|posts?))?\s*:.*"),
    # "Sebarkan artikel ini", "Bagikan", "Share this article", share-button labels
    _rule(r"(?:sebarkan|bagikan)(?:\s+(?:artikel|berita|halaman|kutipan))?(?:\s+ini)?\s*:?|"
          r"share(?:\s+(?:this|on|via))?(?:\s+(?:article|story|post))?\s*:?"),
    # a row of social network names ("Facebook Twitter WhatsApp Salin Tautan")
    _rule(r"(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|line|e-?mail|pinterest|"
          r"copy\s+link|salin\s+(?:tautan|link))[\s,|/·•]*){2,}"),
    # "Scroll untuk baca artikel", "Scroll untuk melanjutkan", "Scroll to continue with content"
    _rule(r"scroll\s+(?:ke\s+bawah\s+)?(?:untuk|to)\s+(?:baca|membaca|melanjutkan|lanjut|continue|read)\b.*"),
    # ad placeholders: "ADVERTISEMENT", "Iklan", "- Advertisement -", "Example 728x250",
    # "Example floating"
    _rule(r"[-–—\s]*(?:advertisement|advertising|iklan|ads|ad|sponsored|konten\s+sponsor|adv)[-–—\s]*"
          r"|example\s*(?:\d{2,4}\s*x?\s*\d{2,4}|floating)\b.*"),
    # "Dapatkan update berita pilihan ... di Google News / WhatsApp Channel"
    _rule(r"(?:dapatkan|simak|ikuti)\s+(?:update|informasi|berita|info|artikel)\b.*"
          r"(?:google\s+news|whatsapp|telegram|channel|saluran|kanal)\b.*", max_len=320),
    # "Ikuti kami di Instagram", "Follow us on Twitter"
    _rule(r"(?:ikuti\s+(?:kami|akun)|follow\s+us)\b.*", max_len=150),
    # byline: "Oleh Juli, Selasa, 27 Mei 2025 | 19:21 WIB - Redaktur: Untung S - 570"
    _rule(r"(?:[Oo]leh|OLEH)\s*:?\s+" + _NAME + r"\s*(?:[,|–—-].*)?", "byline", 250, flags=0),
    # English byline: "By Jane Doe", "By Jane Doe, Jakarta Post" (kept short: "By Monday, ..."
    # starts a sentence)
    _rule(r"(?:[Bb]y|BY)\s*:?\s+" + _NAME + r"(?:\s*[,|–—-]\s*[^.]{0,40})?", "byline", 90, flags=0),
    # byline labels: "Penulis: X", "Pewarta: X", "Editor: Y", "Redaktur: Y" (colon required)
    _rule(r"(?:penulis|pewarta|reporter|wartawan|editor|redaktur|penyunting|editing|kontributor|publisher|"
          r"writer|author|reported\s+by|edited\s+by|translated\s+by|translator|penerjemah"
          r"|alih\s+bahasa)\s*:.*", "byline"),
    # Antara-style credit line: "Pewarta: X Editor: Y Copyright © ANTARA 2025"
    _rule(r"(?:pewarta|reporter)\b.*\beditor\b.*", "byline", 250),
    # a labelled date: "Diposting pada : Selasa, 5 November 2024 - 16:20 WITA", "Published on ..."
    _rule(r"(?:diposting|dipublikasikan|diterbitkan|diunggah|diperbarui|posted|published|updated"
          r"|tanggal|waktu)(?:\s+(?:pada|on|at))?\s*:?\s*" + _DAY
          + r".{0,20}\b(?:19|20)\d\d\b.{0,30}",
          "byline", 90),
    # a view counter: "Dibaca : 326 kali", "Dilihat 1.204 kali", "Views: 1,204"
    _rule(r"(?:dibaca|dilihat|views?|hits)\s*:?\s*\d[\d.,]*\s*(?:kali|x|times)?", max_len=40),
    # a date line on its own: "Rabu, 09 Oktober 2024 14:35 WIB", "27/05/2025 19:21"
    _rule(_DAY + r"\s*,?\s*\(?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
          r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
          r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\)?"
          r"(?:\s*[|,-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit)?)?",
          "byline", 60),
    # photo credits and captions: "Foto: ...", "Ilustrasi: ...", "Dok: ..."
    _rule(r"(?:foto|photo|fotografer|sumber\s+foto|ilustrasi|dok(?:umentasi)?)\s*[:|].*",
          max_len=300),
    # a writer and the outlet, as a byline of its own: "Muh. Rizal Daud - detikNews",
    # "Siti Aminah | Kompas.com"
    _rule(_NAME + r"\s*[-–—|]\s*(?:[a-z]+[A-Z]\w*|[A-Z]{3,}[a-z]\w*"
          r"|[\w-]+\.(?:com|co\.id|id|net|tv|news))", "byline", 70, flags=0),
    # a photographer's credit alone: the outlet or office, a slash and the name ("TEMPO/
    # Yohanes Kaize", "Diskominfo Ambon/I Gede Harahap", "ANTARA FOTO/Name/abc")
    _rule(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*/\s*" + _NAME
          + r"(?:\s*/\s*[A-Za-z]{2,5})?\.?", max_len=70, flags=0),
    # a syndication note: "Artikel ini telah tayang di Tribunnews.com dengan judul ..., <url>",
    # "Berita ini sudah dimuat di ...", "This article first appeared on ..."
    _rule(r"(?:artikel|berita|tulisan)\s+ini\s+(?:telah|sudah|pernah|juga)?\s*(?:tayang|terbit|"
          r"dimuat|diterbitkan|dipublikasikan|ditayangkan|disiarkan)\s+(?:di|pada|dalam)\b.*"
          r"|this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|"
          r"published|ran)\s+(?:on|in|at)\b.*", max_len=400),
    # a broadcaster's prompts: "Simak berita selengkapnya melalui siaran RRI Merauke FM 96.3
    # MHz.", "Dengarkan siaran langsung TVRI Papua di Kanal 29 UHF", "Klik untuk
    # mendengarkan", "(Disiarkan dalam program Obrolan Sore)"
    _rule(r"(?:simak|dengarkan|saksikan|tonton|ikuti)\s+(?:berita|siaran|informasi|program|"
          r"kami)\b.*\b(?:siaran|radio|fm|am|mhz|uhf|vhf|kanal|aplikasi|streaming|live)\b.*"),
    _rule(r"klik\s+(?:di\s*sini\s+)?untuk\s+(?:mendengarkan|mendengar|menonton|memutar)\b.*"
          r"|(?:dengarkan|putar|play|listen\s+to)\s+(?:berita|artikel|audio|versi\s+audio|"
          r"laporan|(?:the\s+)?article|(?:this\s+)?story)(?:\s+(?:ini|laporan\s+ini))?"
          r"(?:\s*[-–|·]?\s*durasi\s*:?\s*\d+\s+menit)?", max_len=80),
    # a long read's chapter number alone: "Bab 3", "Chapter 2", "Bagian 1 dari 3", "Part 2 of 4"
    _rule(r"(?:bab|chapter|bagian|part)\s+(?:\d{1,2}|[ivx]{1,5})(?:\s+(?:dari|of)\s+\d{1,2})?\.?",
          max_len=25),
    _rule(r"\(?\s*disiarkan\s+(?:dalam|pada|di|oleh)\b.*", max_len=150),
    # a programme schedule: "Jadwal Siaran Hari Ini", rows "06.00 - 08.00 WITA Lintas Daerah"
    _rule(r"(?:jadwal|agenda)\s+(?:siaran|acara|program|tayang(?:an)?)(?:\s+hari\s+ini)?\s*:?",
          max_len=40),
    _rule(r"\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d(?:\s*(?:wib|wita|wit))?\s+\S.{0,50}",
          max_len=70),
    # reading time and length: "3 menit baca - 415 kata", "Waktu baca 3 menit", "5 min read"
    _rule(r"(?:[-•·|\s]*(?:\d+\s+menit\s+(?:baca|membaca)|waktu\s+(?:baca|membaca)\s*:?\s*\d+\s+"
          r"menit|\d+\s+min(?:ute)?s?\s+read|[\d.,]+\s+(?:kata|words))[.\s]*)+", max_len=60),
    # a footnote, which ends in its way back to the text: "1. Data BPS, 2025. ↩︎"
    _rule(r".*[↩⤴]\ufe0e?\s*", max_len=300),
    # a print paper's page jumps: "Bersambung ke Hal. 9", "Sambungan dari halaman 3",
    # "(bersambung)", "Continued on page A4"
    _rule(r"\(?\s*(?:bersambung|sambungan|lanjutan|continued)(?:\s+(?:ke|dari|on|from)\s+"
          r"(?:hal(?:aman)?|page|hlm)\.?\s*[a-z]?\d{1,3})?\s*\)?\.?", max_len=40),
    # its edition: "Terbit di Edisi Cetak 9 April 2024, Hal. 3", "Harian Fajar edisi cetak
    # 05/04/2025 halaman 9", the label "Edisi Cetak, Nusantara" (a section of the paper)
    _rule(r"(?:[\w.&' -]{0,40}\s)?(?:edisi|versi)\s+(?:cetak|koran|e-?paper)\b[^.!?]{0,60}"
          r"(?:\b(?:hal(?:aman)?|hlm|page)\.?\s*[a-z]?\d{1,3}\.?)"
          r"|(?:edisi|versi)\s+cetak\s*[,:|-]\s*[\w&' ]{2,30}", max_len=140),
    # and its paywall: "Baca selengkapnya di e-paper Gorontalo Post edisi 14 Juni 2024.",
    # "Untuk membaca berita selengkapnya, silakan berlangganan e-paper Radar Bogor"
    _rule(r"(?:untuk\s+)?(?:baca|membaca|simak|menyimak)\s+(?:(?:berita|artikel|ulasan|kisah)\s+)?"
          r"(?:ini\s+)?(?:lebih\s+)?(?:selengkapnya|lengkapnya|lanjutannya)\b.{0,120}"
          r"|(?:selengkapnya|lengkapnya)\s+(?:baca|simak|di|dalam)\b.{0,100}"
          r"|.{0,60}\b(?:silakan\s+|silahkan\s+)?berlangganan\s+(?:e-?paper|edisi|koran|versi"
          r"|harian)\b.{0,80}", max_len=200),
    # an opinion piece's note on its writer: "*) Penulis adalah dosen Universitas Pattimura."
    _rule(r"(?:\*+\)?\s*)(?:penulis|the\s+(?:writer|author))\s+(?:adalah|merupakan|is)\b.*",
          max_len=250),
    # a blog platform's disclaimer: "Tulisan ini merupakan kiriman pembaca. Isi sepenuhnya
    # tanggung jawab penulis.", "Konten ini adalah tanggung jawab penulis dan tidak ...",
    # "Disclaimer: ...", "The views expressed are the author's own"
    _rule(r"(?:disclaimer\s*:.*|(?:tulisan|artikel|konten|isi|opini)(?:\s+\w+)?\s+ini\s+"
          r"(?:merupakan|adalah|sepenuhnya|menjadi)\b.{0,160}\btanggung\s*jawab\b.*"
          r"|the\s+views?\s+expressed\b.*)", max_len=300),
    # a press release's furniture: its label ("SIARAN PERS", "Press Release", "Untuk
    # diterbitkan segera", "FOR IMMEDIATE RELEASE"), its number ("Nomor: 123/HM/V/2024"),
    # its end mark ("- SELESAI -", "-o0o-", "###"), the heading of its contacts ("Kontak
    # Media:", "Narahubung", "Untuk informasi lebih lanjut, hubungi:", "Media enquiries")
    _rule(r"(?:(?:siaran|rilis)\s+(?:pers|media|berita)|press\s+release|media\s+release|news\s+release"
          r"|for\s+immediate\s+release|untuk\s+(?:segera\s+)?(?:disiarkan|diterbitkan|"
          r"dipublikasikan|dirilis)(?:\s+segera)?)(?:\s*[/|–—-]\s*(?:siaran\s+pers|press\s+"
          r"release))?\s*:?", max_len=60),
    _rule(r"[-–—•\s]*(?:(?:no(?:mor)?\.?|number)(?:\s+(?:siaran\s+pers|rilis|release))?)\s*[:.]?"
          r"\s*(?=[\w.-]*\d)[\w.-]+(?:\s*/\s*[\w. -]+){1,6}", max_len=80),
    _rule(r"[-–—(\s]*(?:selesai|end|tamat|o0o|ooo)[-–—)\s]*|#{3,}|\*{3,}", max_len=20),
    # a statistics office's release number: "Berita Resmi Statistik No. 59/10/26/Th.
    # XXIII, 22 Oktober 2025"
    _rule(r"(?:berita\s+resmi\s+statistik|brs)\s+(?:no(?:mor)?\.?\s*)?\d[\w./-]*.{0,60}",
          max_len=100),
    _rule(r"(?:kontak\s+(?:media|pers)|media\s+contacts?|narahubung|contact\s+persons?|"
          r"(?:untuk\s+)?informasi\s+lebih\s+lanjut(?:\s*,?\s*(?:silakan\s+)?hubungi)?|"
          r"for\s+(?:more|further)\s+information(?:\s*,?\s*(?:please\s+)?contact)?|"
          r"media\s+(?:enquiries|inquiries)|contact(?:\s+us)?|kontak(?:\s+kami)?)\s*:?",
          max_len=70),
    # ... and the contact itself, on the label's line: "Narahubung: Yosep Paembonan
    # (0812-4416-5955)", "Contact person: Rina (Humas), rina@kotaX.go.id"
    _rule(r"(?:narahubung|contact\s+persons?|kontak\s+(?:media|pers)|media\s+contacts?|cp)"
          r"\s*[:：]\s*\S.*", max_len=140),
    # a signature's signer: a name and academic degrees, and nothing else ("Drs. Firman
    # Pelupessy, S.STP., M.Si", "H. Wa Ode Lubis, SH", "Dr. Ir. Made Wirawan, M.T.")
    _rule(r"(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|K\.?H|Hc)\.?\s+)*" + _NAME
          + r"(?:\s*,\s*" + _DEGREE + r")+\.?", "byline", 90, flags=0),
    # a contact line: a telephone's or a mailbox's label and its number or address, and
    # more of them ("Telp. (0274) 512345 Fax. (0274) 512346", "HP/WA: +62 812-3456-7890",
    # "Pos-el: ppid@jatengprov.go.id, Laman www.jatengprov.go.id", "電話：092-582-2102");
    # a number or an address alone is the text's (a theatre's, a columnist's)
    _rule(r"[-–•·\s]*" + _CONTACT + r"(?:\s*[,;|]?\s*" + _CONTACT + r")*\s*\.?", max_len=160),
    # a signature's parts: "ttd", a civil servant's rank ("Pembina Tingkat I"), an
    # official's title ending in the comma before the name ("Kepala Dinas Komunikasi dan
    # Informatika,"), labelled lines of a person ("Jabatan: ...", "NIP 19800101 ...")
    _rule(r"\(?\s*t\.?\s*t\.?\s*d\.?\s*\)?", max_len=8),
    _rule(r"(?:pembina|penata|pengatur)(?:\s+(?:utama|muda|madya|tingkat|tk\.?|[ivx]{1,3}))*"
          r"(?:\s*[,(]?\s*[ivx]{1,3}\s*/\s*[a-e]\)?)?", max_len=40),
    _rule(r"(?:(?:plt|plh|pj)\.?\s+)?(?:kepala|sekretaris|direktur|gubernur|bupati|wali\s*kota|"
          r"walikota|camat|ketua|kabag|kabid|kasubag)\b[^.!?:]{2,90},", max_len=110),
    _rule(r"(?:(?:Plt|Plh|Pj)\.?\s+)?(?:Kepala|Sekretaris|Kasubag|Kabag|Kabid|Kasi|Juru\s+Bicara)"
          r"(?:\s+(?:[A-Z][\w.]*|dan|&))*", max_len=90, flags=0),  # a signatory's title alone
    _rule(r"[-–•\s]*(?:(?:nama|jabatan|pangkat(?:/golongan)?|golongan|unit\s+kerja)\s*:\s*\S.{0,80}"
          r"|nip\.?\s*:?\s*\d[\d ]{7,})", max_len=100),
    # an office's address in its letterhead: "Jl. Ahmad Yani No. 5, Pontianak 78122"
    _rule(r"(?:jl\.?|jln\.?|jalan|kompleks|komplek|gedung)\s+[^!?]{3,90}?\b\d{5}\b\.?",
          max_len=130),
    # a print view's own lines: "Klik di sini untuk mencetak.", "Artikel dicetak dari X:
    # <url>", "Article printed from X: <url>", "URL to article: <url>"
    _rule(r"(?:klik\s+(?:di\s*sini\s+)?untuk\s+mencetak|click\s+(?:here\s+)?to\s+print|"
          r"cetak\s+(?:artikel|berita|halaman)(?:\s+ini)?|print\s+(?:this\s+)?(?:article|page))"
          r"\s*[.!]?", max_len=50),
    _rule(r"(?:(?:artikel|berita)\s+(?:ini\s+)?dicetak\s+dari|dicetak\s+dari|article\s+printed\s+"
          r"from|printed\s+from|url\s+(?:to\s+)?(?:artikel|article|berita)|url\s+asli|"
          r"sumber\s+url|original\s+url|dicetak\s+pada|printed\s+on|url\s*:)\s*.*", max_len=250),
    # a line of hashtags: "#PolriPresisi #Kamtibmas #PoldaMetroJaya"
    _rule(r"(?:#[^\W_][\w]*[\s,·|]*)+", max_len=300),
    # a paywall's and a subscription's prompts: "Already have an account? Sign in",
    # "Subscribe to continue reading", "Start free trial", "Support independent journalism."
    _rule(r"(?:already\s+(?:have\s+an\s+account|a\s+(?:subscriber|member))\??\s*(?:sign|log)\s+in"
          r"|(?:see|view)\s+(?:all\s+)?subscription\s+options|(?:register|sign\s+up)(?:\s+for\s+"
          r"free)?\s+to\s+(?:continue|keep)\s+reading|start\s+(?:your\s+)?free\s+trial"
          r"|subscribe(?:\s+now|\s+to\s+(?:continue|keep)\s+reading|\s+to\s+[^.]{2,40}\s+for\s+"
          r"(?:just|only)\s+\S+\s+(?:a|per)\s+(?:week|month|year))|continue\s+reading\s+with\s+a\s+"
          r"subscription|get\s+unlimited\s+access\b.{0,40}|this\s+(?:article|story)\s+is\s+for\s+"
          r"(?:subscribers|members)\s+only|support\s+(?:independent|quality)\s+journalism"
          r"|you\s+have\s+\d+\s+free\s+(?:articles?|stories)\s+(?:left|remaining)\b.{0,30})[.!]?",
          max_len=120),
    # a partner's note on the text's language and origin: "The following article is
    # published in its original language (Bahasa Indonesia).", "Content supplied by our
    # sister city Ambon.", "Courtesy of Surabaya", the language's badge ("Bahasa Indonesia")
    _rule(r"(?=.*\b(?:bahasa\s+indonesia|indonesian|original\s+language|translation)\b)"
          r"(?=.*\b(?:published|posted|provided|supplied|received|submitted|available|shown|"
          r"appears?|written)\b)(?=.*\b(?:our|this|following|original|below)\b).{10,200}",
          max_len=200),
    _rule(r"(?:courtesy\s+of|submitted\s+by|supplied\s+by|provided\s+by|contributed\s+by)\s+"
          r"[^.!?]{2,60}\.?|(?:in\s+)?(?:bahasa\s+indonesia|indonesian(?:\s+language)?|"
          r"\[?(?:인도네시아어|インドネシア語|印尼文|印度尼西亚语)\]?)", max_len=70),
    # a public service's prompt closing a government page: "Sampaikan aduan Anda melalui
    # SP4N-LAPOR!", "Punya keluhan layanan publik? Laporkan melalui lapor.go.id",
    # "Hubungi Call Center Pemprov Kepri: 112"
    _rule(r"(?:[^.!?]{3,60}\?\s*)?(?:hubungi|laporkan|sampaikan|adukan|kirimkan|kunjungi|akses)\b"
          r".{0,80}?\b(?:call\s*cent(?:er|re)|hotline|lapor|sp4n|pengaduan|aduan|[\w-]+\.go\.id"
          r"|\d{3,}|wa|whatsapp)\b.{0,40}", max_len=140),
    # a link back: "« Kembali", "Kembali ke Index", "Back to top", "Kembali ke atas"
    _rule(r"[«‹<←\s]*(?:kembali|back)(?:\s+(?:ke|to)\s+(?:index|indeks|atas|top|beranda|"
          r"daftar(?:\s+berita)?|berita|home|list))?[\s»›>→]*", max_len=30),
    # a sign-off in parentheses closing the text: "(*/Radar Lampung)", "(ant)", "(red/ysp)"
    _rule(r"\(\s*[*\w][\w*./&' -]{0,40}\)", max_len=45),
    # source credits: "Sumber: Antara", "Source: Reuters"; a repost's "Dikutip dari laman
    # resmi Pemerintah Kota Kupang", "Disadur dari kompas.com" (a line of its own: in a
    # sentence a comma goes on, "Dilansir dari Reuters, harga minyak ...")
    _rule(r"(?:sumber|source)(?:\s+(?:berita|artikel|tulisan|asli|informasi|rilis|news|"
          r"article))?\s*:.*", max_len=100),
    _rule(r"(?:dikutip|disadur|dilansir|diambil|dirangkum|disarikan|diolah|republished|"
          r"originally\s+published)\s+(?:dari|from|on|in)\b[^,;:!?]{2,80}", max_len=100),
    # captions that end in a credit: "Pemprov DKI menerima ... (Foto : ppid.jakarta.go.id)."
    _rule(r".*\((?:foto|photo|dok|dokumentasi|ist|istimewa|ilustrasi)\b[^)]*\)\s*\.?", max_len=400),
    # captions that end in a labelled credit: "Penandatanganan ... (5/11/2024). Dok: Humas Pemprov"
    _rule(r".*[.)]\s*(?:foto|photo|dok|dokumentasi|sumber\s+foto)\s*:\s*[^.]{2,60}\.?",
          max_len=300),
    # agency photo captions: "... ANTARA FOTO/Nama/aa."
    _rule(r".*\b(?:ANTARA\s+FOTO|ANTARA/|REUTERS/|AFP\s+PHOTO|AP\s+Photo)[^.]*\.?", max_len=400,
          flags=0),
    # the page footer's copyright line: "© 2025 Kota X", "Copyright © 2024 ...", "Hak cipta
    # dilindungi ...", "All rights reserved"; the text ends there ("footer", see clean_lines)
    _rule(r"(?:(?:©|\(c\)|copyright|hak\s+cipta)\s*)+(?:19|20)\d\d\b.*|hak\s+cipta\s+dilindungi.*"
          r"|.*\ball\s+rights\s+reserved\b.*", "footer"),
    # a credit with © inside a label-like line ("installation views, photos © Inexhibit, 2018")
    _rule(r"[^.!?]{0,120}©[^.!?]{0,80}\.?"),
    # other copyright lines: "© Reuters", "Copyright ANTARA 2024"
    _rule(r"(?:©|\(c\)).*|copyright\s*(?:©|\(c\)|\d{4}).*|copyright\b[^.!?]{0,60}\b(?:19|20)\d\d\b.*"),
    # tags and topics: "Tags: sister city, Jakarta", "Topik: ...", or the label alone
    _rule(r"(?:tags?|topik|kata\s+kunci|keywords?|label)\s*(?::.*)?"),
    # breadcrumbs: "Home » Berita » Pemerintahan", "Berita › Daerah › Jawa Barat"
    _rule(r"(?:home|beranda)\s*[»>/›|].*|[^.!?]*?(?:\s[»›]\s[^.!?]*?){2,}", max_len=150),
    # pagination of a paginated article: "Halaman 1 2 3 Selanjutnya", "Halaman selanjutnya",
    # "Laman: 1 2", "Tampilkan semua", "Next page", "1 2 3 ... Next"
    _rule(r"(?:(?:halaman|laman|page)\s*:?\s*)?(?:(?:\d{1,2}|…|\.\.\.|«|»|<|>)\s*)*"
          r"(?:(?:halaman|laman|page)\s+)?(?:selanjutnya|berikutnya|sebelumnya|next|previous|prev)"
          r"(?:\s+(?:halaman|page|»|>|›))?|(?:halaman|laman|page)\s*:?\s*(?:\d{1,2}\s*){1,12}"
          r"|(?:tampilkan|lihat|baca)\s+(?:semua|selengkapnya|semua\s+halaman)|show\s+all"
          r"|(?:halaman|page)\s+\d{1,2}\s+(?:dari|of)\s+\d{1,2}", max_len=80),
    # Word's document settings and style sheet, shown as text when a document pasted into
    # a CMS lost the comments around them: "Normal 0 false false false IN X-NONE X-NONE
    # MicrosoftInternetExplorer4", "/* Style Definitions */ table.MsoNormalTable {...}";
    # any style sheet's rules shown as text
    _rule(r"normal\s+\d+(?:\s+(?:false|true)){2,}(?:\s+[\w-]+){0,8}", max_len=200),
    _rule(r"(?:/\*[^*]*\*/\s*)?(?:[\w.#@:*>,\[\]=\"'\s-]+\{\s*[\w-]+\s*:[^{}]*\}\s*)+",
          max_len=20_000),
    # a reader's feedback widget: "Bagaimana menurut Anda artikel ini?", "Apakah artikel
    # ini membantu?", "Pendapat Anda sangat berarti bagi kami.", "Was this article
    # helpful?"; a satisfaction survey's call ("Isi survei kepuasan ...", "Bantu Pemkot X
    # meningkatkan kualitas layanan dengan mengisi survei berikut."); a bare "Klik di sini"
    _rule(r"(?:bagaimana|apa)\s+(?:menurut|pendapat|tanggapan|penilaian)\s+anda\s+(?:(?:tentang|"
          r"mengenai|terhadap|atas)\s+)?(?:artikel|berita|informasi|konten|tulisan|halaman)\s+ini"
          r"\s*\??|apakah\s+(?:artikel|berita|informasi|konten|tulisan|halaman)\s+ini\s+"
          r"(?:membantu|bermanfaat|berguna|menarik)(?:\s+(?:bagi|untuk)\s+anda)?\s*\??"
          r"|(?:was|is)\s+this\s+(?:article|page|story|information)\s+(?:helpful|useful)\s*\??"
          r"|(?:pendapat|masukan|penilaian|tanggapan|saran|feedback)\s+anda\s+(?:sangat\s+)?"
          r"(?:berarti|penting|bermanfaat|membantu)\b.{0,40}|(?:terima\s+kasih|thank\s+you)\s+"
          r"(?:atas|for)\s+(?:penilaian|masukan|tanggapan|feedback|your\s+feedback)\b.{0,40}",
          max_len=90),
    _rule(r"(?:silakan\s+|mari\s+)?(?:bantu\s+.{2,60}?\s+(?:dengan|melalui)\s+)?"
          r"(?:isi|isilah|ikuti|mengisi|pengisian|lengkapi)\s+(?:survei|survey|kuesioner|angket)"
          r"\b.*", max_len=160),
    _rule(r"(?:klik|click|tap|ketuk)\s+(?:di\s*sini|here|disini)\.?", max_len=20),
    # a paginated article's links to its next page and its page picker: "Halaman
    # selanjutnya ›››", "Baca di halaman berikutnya »", "Pilih halaman: Halaman 1Halaman 2"
    _rule(r"(?:(?:baca|lanjut(?:kan)?(?:\s+(?:baca|membaca))?|lihat)\s+(?:di\s+)?)?(?:halaman|laman|page)"
          r"\s+(?:selanjutnya|berikutnya|sebelumnya|next|\d{1,2})\s*[»>›]*", max_len=50),
    _rule(r"(?:pilih|select)\s+(?:halaman|page)\s*:?(?:\s*(?:halaman|page)?\s*\d{1,2})*",
          max_len=120),
    # a summary box's note ("Dirangkum oleh AI. Periksa kembali isi artikel
    # selengkapnya.", "Ringkasan ini dibuat dengan bantuan AI ...", "Fitur ringkasan ini
    # masih dalam tahap uji coba."
    _rule(r"(?:(?:fitur\s+)?(?:ringkasan|rangkuman|intisari|poin(?:-poin)?\s+penting|summary)"
          r"(?:\s+(?:berita|artikel))?(?:\s+ini)?\s+(?:dibuat|disusun|dirangkum|dihasilkan|ditulis|"
          r"masih|telah|generated|was|is)\b|dirangkum\s+(?:oleh|dengan|menggunakan)\b).{0,140}",
          max_len=160),
    # an interview's editor's note: "Wawancara ini telah disunting untuk keperluan
    # penulisan.", "*Petikan wawancara telah disunting tanpa mengubah substansi."
    _rule(r"[*\s]*(?:(?:petikan|transkrip|hasil)\s+)?(?:wawancara|interview)(?:\s+ini)?\s+"
          r"(?:telah|sudah|ini)?\s*(?:disunting|diedit|diringkas|dipadatkan|edited|condensed)\b.*",
          max_len=160),
    # a quote's or a profile's attribution on a line of its own: "— Dr. Name, S.Sos.,
    # M.Si", "- Gubernur Bengkulu", "Name, Wali Kota Ambon"
    _rule(r"[—–-]\s*(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj)\.?\s+)*" + _NAME
          + r"(?:\s*,\s*(?:" + _DEGREE + r"|[A-Z][\w.]*(?:\s+[\w.]+){0,6}))*\.?",
          max_len=90, flags=0),
    _rule(r"(?:" + _NAME + r"\s*,\s*)?" + _OFFICE_HELD + r"(?:\s+[A-Z][\w.-]*){0,5}",
          max_len=80, flags=0),
    # a mobile page's app prompt and its buttons: "Baca lebih nyaman di aplikasi X",
    # "Aplikasi X kini tersedia di Google Play", "Buka Aplikasi", "Install", "Unduh Sekarang"
    _rule(r"(?:baca|nikmati|dapatkan|akses)\b.{0,60}\b(?:di|lewat|melalui|via|dengan)\s+"
          r"aplikasi\b.{0,40}|(?:aplikasi|app)\s+.{1,40}\s+(?:kini\s+|sudah\s+)?tersedia\s+di\s+"
          r"(?:google\s+play|play\s+store|app\s+store|appgallery)\b.{0,40}"
          r"|(?:buka|unduh|download|pasang|install|instal|get)(?:\s+(?:aplikasi|app|sekarang|now|"
          r"gratis))*|(?:open|use)\s+(?:in\s+)?app", max_len=120),
    # a relative time alone: "· 3 jam", "• 12 menit lalu"
    _rule(r"[·•]?\s*\d{1,2}\s+(?:detik|menit|jam|hari|minggu)(?:\s+(?:yang\s+)?lalu)?", max_len=25),
    # a chart's caption and its placeholder, a data credit: "Grafik: Realisasi ...",
    # "Memuat grafik...", "Loading chart...", "Sumber data: BPS, diolah"
    _rule(r"(?:grafik|chart|infografis|infografik|diagram|peta\s+interaktif)\s*[:|].*"
          r"|(?:memuat|sedang\s+memuat|loading)\s+(?:grafik|chart|data|peta|map|infografis)\W*"
          r"|(?:grafik|chart|data|peta|infografis)\s+(?:sedang\s+)?(?:dimuat|loading)\W*"
          r"|sumber\s+data\s*:.*", max_len=160),
    # a page counter: "Hal. 2 dari 3", "Halaman 2/3", "Page 2 of 3"
    _rule(r"(?:hal(?:aman)?|laman|page)\.?\s*\d{1,3}\s*(?:dari|of|/)\s*\d{1,3}", max_len=30),
    # newsletter and follow promos: "Subscribe to our newsletter", "Get the latest updates ..."
    _rule(r".{0,80}\b(?:subscribe|sign\s+up|langganan|berlangganan)\b.{0,40}\b(?:newsletters?|"
          r"buletin)\b.{0,60}", max_len=160),
    # "Like this story? Share it with a friend!"
    _rule(r"(?:like|enjoy(?:ed)?|suka)\s+(?:this|artikel|berita)\b.{0,30}\?\s*(?:share|bagikan)\b.*",
          max_len=100),
    # a bare machine timestamp (a copy of the metadata); bare URLs stay: articles cite sources
    _rule(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?",
          max_len=40),
    # comment and reading widgets: "Komentar", "Tulis Komentar", "Loading..."
    _rule(r"(?:tulis\s+)?komentar(?:\s+anda)?\s*:?|loading\.*|memuat\.*|\d+\s+(?:kali\s+dibaca|views?|komentar)"
          r"|(?:tidak\s+ada|belum\s+ada|no|\d+)\s+(?:komentar|comments?)"),
    # rating widgets: "Rate artikel ini", "Like (0)", "Dislike (0)"
    _rule(r"(?:rate|nilai)\s+(?:artikel|berita)\s+ini|(?:dis)?like\s*\(\d+\)"
          # "Rating Artikel Nilai rata-rata: 0 Suara: 0 Beri nilai artikel ini: Jelek - Bagus"
          r"|(?:rating\s+artikel|nilai\s+rata-rata|beri\s+nilai)\b.{0,120}"),
    # agency and office sign-offs such as "(*)", "(ant)", "(adv)", "(rls/hms)",
    # "(humas/ADV)", "(kominfo/rls)": initials or one office word, slashed
    _rule(r"\(\s*(?:\*+|/?[a-z\d]{2,14}(?:\s*/\s*[a-z\d]{2,14}){0,3})\s*\)", max_len=40),
    # a closing credit in parentheses: "(Humas Pemprov Sulsel)", "(Diskominfo/Rls)"
    _rule(r"\(\s*[A-Z][\w ./&-]{1,45}\)", max_len=50, flags=0),
    # a live report's status and tools: its badge ("● LIVE", "SEDANG BERLANGSUNG"), its
    # count ("12 pembaruan"), its refresh notes ("Halaman ini diperbarui otomatis setiap
    # 30 detik.", "Muat ulang halaman untuk melihat pembaruan terbaru.") and its end
    # ("Live report selesai. Terima kasih telah mengikuti.", "This live blog has ended")
    _rule(r"[●•◉🔴\s]*(?:live(?:\s+(?:update|report|blog|now))?|langsung|sedang\s+berlangsung)!?"
          r"|\d+\s+(?:pembaruan|updates?|entri|postingan)(?:\s+(?:baru|terbaru|new))?"
          r"|.{0,40}\b(?:diperbarui|diperbaharui|refresh(?:es|ed)?|updated?|pembaruan)\s+"
          r"(?:secara\s+)?(?:otomatis|automatically)\b.{0,40}"
          r"|(?:muat\s+ulang|refresh|reload)\s+(?:halaman|the\s+page|this\s+page)\b.{0,60}"
          r"|(?:pembaruan|update)\s+otomatis\s+(?:aktif|nonaktif|on|off)"
          r"|(?:this\s+)?(?:live\s+(?:report|blog|update|coverage)|laporan\s+langsung|live)"
          r"(?:\s+ini)?\s+(?:telah\s+|has\s+)?(?:selesai|berakhir|ended)\b.{0,60}", max_len=120),
    # a site's visitor counter and poll: "Anda pengunjung ke-319670", "Pengunjung Hari Ini:
    # 169 Total Pengunjung: 0955741 Online: 6", "Jajak Pendapat ... Baik Cukup Kurang"
    _rule(r"(?:anda\s+)?pengunjung\s+ke-?\s*[\d.]+"
          r"|(?:(?:\w+\s+)?(?:pengunjung|kunjungan|visitors?|hits|online|statistik)[\w ]{0,20}:"
          r"\s*[\d.]+\s*){2,}"
          r"|(?:jajak\s+pendapat|polling|poll)\s*:?\s*[^.!]{5,100}\?(?:\s*[\w-]+){1,6}",
          max_len=160),
    # a video's chapter list: "00:00 Pembuka", "1:02:13 Sesi tanya jawab"
    # (a label of a few words; a schedule's line names teams, numbers and channels)
    _rule(r"(?:\d{1,2}:)?\d{1,2}:\d\d\s+(?!(?:WIB|WITA|WIT|AM|PM|UTC|GMT)\b)[^\W\d_]+"
          r"(?:\s+[^\W\d_]+){0,4}", max_len=60),
    # a story's or a gallery's gesture prompt: "Ketuk untuk lanjut", "Geser ke atas",
    # "Swipe up to read more", "Tap to continue"
    _rule(r"(?:ketuk|geser|usap|swipe|tap)\s+(?:untuk|ke|to|up|for|left|right|kanan|kiri|atas)"
          r"\b.{0,40}", max_len=60),
    # a release's or a listing's labelled facts: "Language: Indonesian", "Bahasa:
    # Indonesia", "Wilayah: Jambi", "Industry: Agriculture"
    _rule(r"(?:language|bahasa|region|wilayah|industry|industri|sector|sektor|subject)\s*:"
          r"\s*[\w ,&/.-]{2,40}", max_len=60),
    # a wire's link to the release it carries: "Lihat rilis asli: https://...", "View
    # original content: https://..."
    _rule(r"(?:lihat|baca)\s+(?:rilis|konten|artikel|berita)\s+(?:asli|aslinya)\b.{0,300}"
          r"|view\s+original\s+(?:content|release)\b.{0,300}", max_len=320),
    # a slide's or a page's counter: "2/11", "3 / 7"
    _rule(r"\d{1,3}\s*/\s*\d{1,3}", max_len=12),
    # a story's closing courtesy and promos: "Terima kasih sudah menyimak", "Thanks for
    # reading", "Kunjungi situs kami", "Ikuti terus informasi terbaru dari ..."
    _rule(r"(?:terima\s+kasih|thank\s+you|thanks)\s+(?:sudah\s+|telah\s+|for\s+|atas\s+)?"
          r"(?:menyimak|membaca|reading|watching|menonton|mengikuti|kunjungan\s+anda)\b.{0,40}"
          r"|(?:kunjungi|visit)\s+(?:situs|website|laman|web|our\s+website)(?:\s+(?:kami|resmi))?"
          r"\b.{0,40}"
          r"|(?:ikuti|follow)\s+(?:terus\s+)?(?:informasi|berita|update|kabar)\s+"
          r"(?:terbaru|terkini|lainnya)\b.{0,60}", max_len=90),
    # lines with no word character at all: "×", "-->", "* * *"
    _rule(r"\W*"),
)

# A heading that starts the related-news block: the text ends at such a line.
TAIL_MARKERS = re.compile(
    r"(?:berita|artikel|baca\s+berita|baca\s+artikel|kabar|info|postingan|tulisan|unggahan)\s+"
    r"(?:terkait|lainnya|terbaru|populer|terpopuler|pilihan|rekomendasi)(?:\s+lainnya)?"
    r"(?:\s+(?:dari|dari\s+kanal|di|from)\s+[\w .-]{2,40})?\s*:?"  # "... dari RRI Palu"
    r"|(?:related|more|recent|latest|other)\s+(?:news|articles|stories|posts)\s*:?"
    r"|rekomendasi(?:\s+untuk\s+anda)?"
    # a wire's list of the issuer's other releases: "Rilis lainnya dari PT X", "More
    # news from Pemerintah Kota Bitung"
    r"|(?:rilis|siaran\s+pers)\s+lainnya\s+dari\s+.{2,60}"
    r"|more\s+(?:news|releases)\s+from\s+.{2,60}"
    # the unit's contact block: "Hubungi Kami", "Contact us"
    r"|hubungi\s+kami|kontak\s+kami|contact\s+us",
    re.I,
)

# Class or id words of elements that are never article text. A word matches at the start of
# a class/id token ("relatedposts", "share-buttons", "td-related"); SHORT_JUNK_CLASS words must
# be the whole token ("ad", "nav"), so "adress" or "navigation-free" do not match.
_CAPTION_WORDS = r"caption|keterangan|ket-?foto|ket-?gambar"  # a photo's caption, by name
JUNK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:related|terkait|baca-?juga|bacajuga|read-?also|also-?read|rekomendasi|"
    r"share(?!d)|sharing|social|sosmed|addtoany|adsbygoogle|advert|iklan|sponsor|newsletter|subscribe|"
    r"popular|populer|terpopuler|trending|most-?read|breadcrumb|" + _CAPTION_WORDS + r"|"
    r"comment|komentar|copyright|recent-?posts?|see-?all|running-?text|contact-?block|"
    r"pagination|paging|pager|page-?links|page-?nav|"
    # a consent plugin's placeholder for an embed ("Dengan memuat konten ini, Anda
    # menyetujui ..."); the embedded post itself is text quoted by the article, as real
    # pages' ground truth has it (a tweet's words and "— Name (@handle) date")
    r"cmplz|consent)"
)
SHORT_JUNK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ads?|adv|a2a|nav|navbar|menu|tags?|topik|credit|footer|kaki)(?=$|[\s_\d-])"
)

# Elements removed whatever their class.
JUNK_TAGS = ("aside", "nav", "footer", "figcaption", "iframe", "noscript", "button", "marquee",
             "amp-ad", "amp-sticky-ad", "amp-social-share", "ins")

# Text at the start of a short element that makes the element an inline promo.
INLINE_PROMO = re.compile(r"\s*(?:baca|simak|lihat)\s+(?:juga|pula)\b|\s*(?:read|see)\s+also\b"
                          r"|\s*also\s+read\b|\s*related\s+(?:news|articles?|stories|story)\s*:",
                          re.I)
# "Baca Juga:" alone, over a list of links
_PROMO_HEADING = re.compile(f"(?:{INLINE_PROMO.pattern})\\s*:?\\s*", re.I)
_PROMO_MAX = 300  # an inline promo block is one headline, never a paragraph of article

_BLOCKS = {"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "span",
           "strong", "b", "em", "ul", "table", "td", "tr", "header", "dl", "dd", "dt"}


# Containers of the article and inline elements inside its paragraphs ("<a class=tag>") are
# never pruned by their class name.
_NEVER_BY_NAME = {"html", "body", "article", "main", "a", "span", "em", "strong", "b", "i", "u",
                  "small", "mark", "abbr", "time", "p"}


# Builders and component frameworks name their parts in data attributes (Wix's
# data-hook="recent-posts", React's data-testid="share-bar") where classes are hashes.
_NAMING = ("class", "id", "data-hook", "data-testid", "data-component")

_CANDIDATE_ATTRIBUTES = frozenset((*_NAMING, "style", "hidden"))
_JUNK_TAG_SET = frozenset(JUNK_TAGS)


def _candidates(tree: HtmlElement) -> list[HtmlElement]:
    """The body's elements that a name, a style or their tag may mark as junk, in
    document order (a loop in Python: an XPath testing each of these is slower)."""
    body = tree.find("body")
    if body is None:
        return []
    found = []
    for el in body.iterdescendants():
        tag = el.tag
        if not isinstance(tag, str):
            continue  # a comment
        if tag in _JUNK_TAG_SET or not _CANDIDATE_ATTRIBUTES.isdisjoint(el.keys()):
            found.append(el)
    return found

# Inline styles of elements no reader sees (schema.org copies of the metadata, closed modals).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _text_len(el: HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


def _holds_article(el: HtmlElement) -> bool:
    """Guard: an element with 400+ characters of real paragraphs is never pruned as junk."""
    total = 0
    for p in el.iter("p"):
        length = len(p.text_content())
        total += length if length > 80 else 0
        if total >= 400:
            return True
    return False


def _drop(el: HtmlElement) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def _largest_short_ancestor(el: HtmlElement, limit: int) -> HtmlElement:
    """Climb from ``el`` while the enclosing block's text stays under ``limit`` characters."""
    while True:
        parent = el.getparent()
        if parent is None or parent.tag not in _BLOCKS or _text_len(parent) > limit:
            return el
        el = parent


def _link_dense(el: HtmlElement) -> bool:
    text = _text_len(el)
    if el.tag in ("ul", "ol") or text == 0:
        return True
    return _linked_text(el) / text >= 0.3


def _drop_related_block(heading: HtmlElement) -> None:
    """Drop a "Berita Terkait" heading and the link lists right after it (up to a line
    break or loose text)."""
    doomed, current = [heading], heading
    while not (current.tail and current.tail.strip()):
        sibling = current.getnext()
        if sibling is None or sibling.tag == "br" or _holds_article(sibling):
            break
        if not _link_dense(sibling):
            break
        doomed.append(sibling)
        current = sibling
    for el in doomed:
        _drop(el)


_NEGATED = re.compile(r"\b(?:not|non|no)[-_][\w-]+")  # "wsite-not-footer" names no footer


_LABEL = 30  # characters of a label beside a scrolling ticker ("Info Terkini:")


def _with_label(marquee: HtmlElement) -> HtmlElement:
    """A scrolling ticker with the label its block gives it ("<b>Info Terkini:</b>")."""
    parent = marquee.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return marquee
    rest = _text_len(parent) - _text_len(marquee)
    return parent if rest <= _LABEL else marquee


_CAPTION_NAME = re.compile(r"(?:^|[\s_-])(?:" + _CAPTION_WORDS + ")")


def _image_caption(el: HtmlElement) -> bool:
    """A paragraph named as a caption beside an image ("<div class=thumbnail><img><p
    class="caption">"): paragraphs are otherwise never pruned by their class."""
    parent = el.getparent()
    return (bool(_CAPTION_NAME.search((el.get("class") or "").lower()))
            and parent is not None and parent.find(".//img") is not None)


def _prune_by_name(tree: HtmlElement) -> None:
    doomed = []
    # an AMP web story's text stands on its slides in boxes named like captions: the
    # story's words, not a photo's caption
    story = tree.find(".//amp-story") is not None
    for el in _candidates(tree):
        if el.tag in _NEVER_BY_NAME and (el.tag != "p" or not _image_caption(el)):
            continue
        if story and next(el.iterancestors("amp-story-page"), None) is not None:
            continue
        attrib = el.attrib
        names = f"{attrib.get('class', '')} {attrib.get('id', '')}"
        for name in _NAMING[2:]:
            value = attrib.get(name)
            if value:
                names += " " + value
        names = names.lower()
        if "no" in names:
            names = _NEGATED.sub(" ", names)
        if el.tag == "figcaption" and table_caption(el):  # a data table's title
            continue
        junk = (el.tag in JUNK_TAGS or JUNK_CLASS.search(names) or SHORT_JUNK_CLASS.search(names)
                or el.get("hidden") is not None or HIDDEN_STYLE.search(el.get("style") or ""))
        if junk and not _holds_article(el):
            doomed.append(_with_label(el) if el.tag == "marquee" else el)
    for el in doomed:
        _drop(el)


# An error a server printed into the page: CodeIgniter's "A PHP Error was encountered"
# box (Severity, Message, Filename, Line Number), PHP's "Warning: ... on line 12"
_SERVER_ERROR = re.compile(r"\s*(?:A PHP Error was encountered|(?:PHP\s+)?(?:Fatal error|Parse "
                           r"error|Warning|Notice|Deprecated):\s.{0,300}\son line\s+\d+)")
_ERROR_MAX = 600  # characters of the block around it


def _prune_by_text(tree: HtmlElement) -> None:
    promos, headings, errors = [], [], []
    for node in tree.xpath("//body//text()[normalize-space()]"):
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style"):
            continue
        text = str(node)
        if _SERVER_ERROR.match(text):  # the block a server's error handler printed
            errors.append(_largest_short_ancestor(parent, _ERROR_MAX))
        elif INLINE_PROMO.match(text):
            block = _largest_short_ancestor(parent, _PROMO_MAX)
            alone = _PROMO_HEADING.fullmatch(" ".join(block.text_content().split()))
            (headings if alone else promos).append(block)
        elif len(text) < 60 and TAIL_MARKERS.fullmatch(text.strip()):
            headings.append(_largest_short_ancestor(parent, 60))
    for el in promos:
        if el.getparent() is not None and _text_len(el) <= _PROMO_MAX:
            _drop(el)
    for el in errors:
        if el.getparent() is not None:
            _drop(el)
    for el in headings:
        if el.getparent() is not None:
            _drop_related_block(el)


# a heading with a link in it, or inside one (a card that is one link: "<a><h3>...</h3></a>")
_LINKED_HEADINGS = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4 or self::h5]"
    "[.//a[@href] or ancestor::a[@href]]")
_TEASER_ITEMS = 3  # linked headings side by side that make a list of teasers
_TEASER = 700  # characters besides its linked heading: an item's teaser, not an article


def _prune_teaser_lists(tree: HtmlElement, keep: HtmlElement | None) -> None:
    """Drop lists of teasers: three or more side-by-side items, each a linked heading
    with at most a short text (a sidebar of other stories, "Foto Lainnya", a card grid).
    On a photo page such a list holds more text than the article, which is a caption."""
    headings = _LINKED_HEADINGS(tree)
    if len(headings) < _TEASER_ITEMS:
        return
    marked = set(headings)
    under: dict[HtmlElement, int] = {}  # linked headings inside each element, in one pass
    for _event, el in etree.iterwalk(tree, events=("end",)):
        count = under.get(el, 0) + (el in marked)
        if count:
            under[el] = count
            parent = el.getparent()
            if parent is not None:
                under[parent] = under.get(parent, 0) + count
    groups: dict[HtmlElement, list[HtmlElement]] = {}
    for heading in headings:
        item = heading  # climb to the largest element holding this heading alone
        parent = item.getparent()
        while parent is not None and parent.tag not in ("body", "html") and under[parent] == 1:
            item, parent = parent, parent.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(item)
    guarded = set(keep.iterancestors()) | {keep} if keep is not None else set()
    for items in groups.values():
        teasers = [item for item in items
                   if item not in guarded and _text_len(item) - _linked_text(item) <= _TEASER]
        if len(teasers) >= _TEASER_ITEMS:
            for item in teasers:
                _drop(item)


def _linked_text(el: HtmlElement) -> int:
    return sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))


_CARD_LINKS = etree.XPath("//body//a[@href][.//img][.//p or .//div or .//span or .//h3 "
                         "or .//h4 or .//h5]")
_CARD_TEXT = 200  # characters: a card's text is a headline, at most with a kicker
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)


def _prune_cards(tree: HtmlElement, keep: HtmlElement | None) -> None:
    """Drop a link that is a whole card: a thumbnail and a headline of another page in one
    ``<a>`` ("Pilihan Redaksi" inserts, "Berita Lainnya" strips). An article's photo links
    to the image, not to a page, and holds no text."""
    guarded = set(keep.iterancestors()) | {keep} if keep is not None else set()
    for link in _CARD_LINKS(tree):
        length = _text_len(link)
        if (0 < length <= _CARD_TEXT and link not in guarded
                and not _IMAGE_FILE.search(link.get("href", ""))):
            _drop(link)


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)(?:[?#]|$)", re.I)
_ATTACHMENT = 120  # characters: "Lampiran: Download file (PDF)", "Unduh: SK Bupati.pdf (2 MB)"
_ATTACHMENT_LABEL = 60  # characters besides the link: "File Lampiran", a file's name and size


def _prune_attachments(tree: HtmlElement) -> None:
    """Drop an attachment line: a short block that is a link to a document file and its
    label. A link to a document inside a sentence ("... dapat diunduh di sini") stays."""
    for link in tree.xpath("//body//a[@href]"):
        if not _DOCUMENT.search(link.get("href", "")) or link.getparent() is None:
            continue
        block = _largest_short_ancestor(link, _ATTACHMENT)
        if block is not link and _text_len(block) - _text_len(link) <= _ATTACHMENT_LABEL:
            _drop(block)


_WIDGET = 160  # characters of a block of buttons and its label: a rating, a toolbar


def _prune_button_widgets(tree: HtmlElement) -> None:
    """Drop a short block of two or more buttons and its label: a rating widget
    ("Bagaimana tanggapan Anda? [Sangat Membantu] [Membantu]"), a text-size toolbar
    ("A- A A+"), a player's controls. Trafilatura drops the buttons and keeps the label."""
    groups: dict[HtmlElement, int] = {}
    for button in tree.iter("button"):
        parent = button.getparent()
        if parent is not None:
            groups[parent] = groups.get(parent, 0) + 1
    for group, buttons in groups.items():
        if buttons >= 2 and group.getparent() is not None and _text_len(group) <= _WIDGET:
            _drop(_largest_short_ancestor(group, _WIDGET))


_TOC_LABEL = 60  # characters besides the list: "Table of Contents", "Daftar Isi [tampilkan]"


def _prune_tables_of_contents(tree: HtmlElement) -> None:
    """Drop a table of contents: a list whose every link jumps within the page
    (``href="#kronologi"``), with its label and toggle around it."""
    for listing in tree.xpath("//body//ul | //body//ol"):
        links = listing.findall(".//a")
        if len(links) < 2 or listing.getparent() is None or not all(
                (a.get("href") or "").startswith("#") and len(a.get("href")) > 1 for a in links):
            continue
        limit = _text_len(listing) + _TOC_LABEL
        block = listing
        while True:
            parent = block.getparent()
            if (parent is None or parent.tag in ("body", "html", "article", "main")
                    or _text_len(parent) > limit or _holds_article(parent)):
                break
            block = parent
        _drop(block)


_AVATAR_CLIMB = 3  # levels above an avatar searched for the box that holds the name
_AUTHOR_BOX = 500  # characters: a name, a line of biography, a role or two
_PERSON = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|dan|bin|binti|van|de|al|la)){1,4}")


def _prune_author_boxes(tree: HtmlElement, keep: HtmlElement | None) -> None:
    """Drop an author box: a portrait whose ``alt`` is a person's name, beside that name
    in text, a line or two of biography and a role, in one short block (the box under an
    article, "Fransiska Dewi adalah jurnalis ..."). Found by what it is, so hashed class
    names (``sc-yb6fr-5``) do not hide it."""
    guarded = set(keep.iterancestors()) | {keep} if keep is not None else set()
    for img in tree.xpath("//body//img[@alt]"):
        name = " ".join(img.get("alt", "").split())
        if not _PERSON.fullmatch(name) or img.getparent() is None:
            continue
        box, found = img, None
        for _ in range(_AVATAR_CLIMB):
            box = box.getparent()
            if box is None or box in guarded or _text_len(box) > _AUTHOR_BOX:
                break
            if any(" ".join(el.text_content().split()) == name for el in box.iter()
                   if el is not img and len(el) <= 1):
                found = box
        if found is not None and found is not img and _text_len(found) > len(name) and (
                not _holds_article(found)):
            _drop(found)


# A page's header: <header>, or an element whose class or id has the word ("site-header",
# "SITE_HEADER", "header-top", "masthead", "topbar").
_HEADER_NAME = re.compile(r"(?:^|[\s_-])(?:header|masthead|topbar|top-bar)(?=$|[\s_-])")
_HEADER_LINKS = etree.XPath(".//nav//a[@href] | .//ul//a[@href] | .//ol//a[@href]")
_MENU_LINKS = 3  # links in a list or a <nav> that make a header the site's; or its logo
_LOGO = etree.XPath(".//img[contains(@src, 'logo') or contains(@class, 'logo')] | "
                    ".//*[contains(@class, 'site-name') or contains(@class, 'site-title') or "
                    "contains(@class, 'brand') or contains(@class, 'logo')]")


def _prune_site_header(tree: HtmlElement) -> None:
    """Drop the site's header, known by the menu or the site's logo it holds, with the
    name and tagline printed beside them ("KUA KECAMATAN SUNGAI RAYA", "Kubu Raya"),
    even when the page's title named the site and so seemed shown there. An article's
    own header (headline, byline, a breadcrumb) holds neither."""
    doomed: list[HtmlElement] = []
    for el in tree.iter("header", "div", "section", "p"):
        if el.tag == "p":
            if len(el.text or "") >= _ARTICLE_TEXT:
                break  # the article has begun: the site's header stands above it
            continue
        if el.tag != "header":
            names = (el.get("class") or "") + " " + (el.get("id") or "")
            if not ("eader" in names or "EADER" in names or "mast" in names
                    or "top" in names) or not _HEADER_NAME.search(names.lower()):
                continue  # cheap tests first: most elements are named otherwise
        if doomed and any(a in doomed for a in (el, *el.iterancestors())):
            continue
        if (_holds_menu(el) or _LOGO(el)) and not _holds_article(el):
            doomed.append(el)
    for el in doomed:
        _drop(el)


_ARTICLE_TEXT = 200  # characters of a paragraph's own text that start the article


def _holds_menu(el: HtmlElement) -> bool:
    links = _HEADER_LINKS(el)
    if len(links) < _MENU_LINKS:
        return False
    menu = 0
    for a in links:
        if not any("breadcrumb" in (x.get("class") or "") + (x.get("aria-label") or "")
                   for x in a.iterancestors("nav", "ol", "ul")):
            menu += 1
            if menu >= _MENU_LINKS:
                return True
    return False


_ALT_MIN = 10  # characters of an image's alt text that a caption may repeat
_CAPTION_MORE = 60  # characters a caption may add to the alt ("... (Foto: Humas)")


def _prune_alt_captions(tree: HtmlElement) -> None:
    """Drop a caption that repeats its image's ``alt`` in the block holding the image
    (``<p><img alt="Suasana di Waisai."><br><em>Suasana di Waisai.</em></p>``): the
    block says nothing the image did not."""
    doomed = []
    for img in tree.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if len(alt) < _ALT_MIN:
            continue
        block = img.getparent()
        while block is not None and block.tag in ("a", "span", "picture", "center"):
            block = block.getparent()
        if block is None or block.tag not in ("p", "div", "figure"):
            continue
        text = " ".join(block.text_content().split())
        if text.startswith(alt) and len(text) <= len(alt) + _CAPTION_MORE:
            doomed.append(block)
    for el in doomed:
        _drop(el)


def _prune_next_articles(tree: HtmlElement, keep: HtmlElement | None, url: str) -> None:
    """Drop another ``<article>`` than the headline's whose heading links to another page:
    the next article an outlet appends below the one read (detik's, kumparan's, IDN
    Times' endless scroll), with its headline, byline and first paragraphs."""
    if keep is None:
        return
    own = urlsplit(url).path.rstrip("/")
    guarded = {keep, *keep.iterancestors()}
    doomed, after = [], False  # only what follows the headline; a block holding teasers
    for el in tree.iter():  # of its own is a page's main block (its related items inside)
        if el is keep:
            after = True
        elif (after and el.tag == "article" and el not in guarded
              and el.find(".//article") is None):
            first = el.xpath("(.//*[self::h1 or self::h2 or self::h3])[1]")
            links = first[0].xpath(".//a/@href") if first else []
            if links and urlsplit(str(links[0])).path.rstrip("/") not in ("", own):
                doomed.append(el)
    for el in doomed:
        _drop(el)


def prune_tree(tree: HtmlElement, keep: HtmlElement | None = None, url: str = "") -> None:
    """Remove junk elements from ``tree`` in place (see the module docstring); ``keep``
    (the headline) and its ancestors are never removed as teasers."""
    _prune_next_articles(tree, keep, url)
    _prune_tables_of_contents(tree)  # first: its <nav> would go by name, leaving the label
    _prune_site_header(tree)  # before its menu goes by name: the menu is what tells
    _prune_button_widgets(tree)  # before the buttons go by their tag, leaving the label
    _prune_by_name(tree)
    _prune_by_text(tree)
    _prune_author_boxes(tree, keep)
    _prune_cards(tree, keep)
    _prune_attachments(tree)
    _prune_alt_captions(tree)
    _prune_teaser_lists(tree, keep)


_MARKUP = re.compile(r"^\s*(?:[-•*]\s+)+|\s*\|\s*")  # list markers, table pipes
_SIGNATURE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}")  # "DINI TEJA": an all-caps name closing the text


# a row of a form-like table read as text, its middle cell a colon alone: "| Sifat | : |
# Biasa |", "| Nomor | : | 123/HM/V/2024 |"
_FORM_ROW = re.compile(r"\|?\s*[^|]{0,40}\|\s*[:：]\s*\|[^|]{0,160}\|?[\s|]*")


# a layout row read as a table's: an empty cell (a logo's) and one short text, a print
# view's letterhead ("| | PEMKOT KUPANG Website Resmi Pemerintah Kota Kupang |")
_LAYOUT_ROW = re.compile(r"\|\s*\|\s*[^|]{3,200}?\s*\|?")


# a banner of a public service read as a table's row: "| Call Center 110 | Layanan
# Kepolisian 24 Jam, Bebas Pulsa |", "| Hotline Kodim 1403/Palopo: 0812-... |"
_BANNER_ROW = re.compile(r"\|(?=.*\b(?i:call\s*cent(?:er|re)|hotline|pengaduan|dumas|lapor|sms/wa|"
                         r"whatsapp|wa)\b)(?=.*\d{3})[^|]{1,100}(?:\|[^|]{0,100}){0,4}\|?")


_TABLE_ROWS = (_FORM_ROW, _LAYOUT_ROW, _BANNER_ROW)  # rows of a table that lays out furniture


def classify_line(line: str) -> str | None:
    """The kind of junk ``line`` is ("junk", "byline"), or None for article text."""
    if "|" in line and any(row.fullmatch(line.strip()) for row in _TABLE_ROWS):
        return "junk"
    bare = " ".join(_MARKUP.sub(" ", line).split())
    for rule in LINE_RULES:
        if len(bare) <= rule.max_len and rule.pattern.fullmatch(bare):
            return rule.kind
    if figures_row(line):  # "| Maret 2024 | 163,87 | 5,09 |": figures, not a date line
        return None
    return furniture.kind(bare)



# one to four words, each capitalised ("Layanan Informasi"), or ending in a colon
# ("Dokumen terkait:"); "Semoga bermanfaat" is a sentence
_DANGLING = re.compile(r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}"
                       r"|(?=\S+(?:\s+\S+)*?\s(?:of|and|for|the|dan|&)\s)"  # an office's name
                       r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|dan|&)){1,6}"
                       r"(?<=[\w'’])(?<!\bof)(?<!\band)(?<!\bfor)(?<!\bthe)(?<!\bdan)"
                       r"|[^\W\d_][\w'’&-]*(?:\s+[\w'’&-]+){0,3}\s*:")
# a line in capitals naming an office, without a sentence's end: a letterhead's
_LETTERHEAD = re.compile(r"(?:PEMERINTAH|DINAS|BIRO|BAGIAN|BADAN|SEKRETARIAT|KANTOR|DEWAN|DPRD"
                         r"|KEMENTERIAN|INSPEKTORAT|SATUAN|PEMKAB|PEMKOT|PEMPROV)\b[^a-z.!?]{3,100}"
                         r"(?<=[A-Z])")
# the heading of the boilerplate about the office or the writer that closes a press
# release or a column: "Tentang Diskominfo Jatim", "Tentang Biro Adpim NTT", "About the
# City of Darwin", "Tentang Penulis"
_ABOUT = re.compile(r"(?i:tentang|about)\s+(?:(?i:the\s+)?(?i:penulis|author|writer)"
                    r"|(?i:the\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|dan|and|&)){0,6})\s*:?")
_FOOTER_LINE = 80  # characters
_OPENING = 150  # characters of the paragraph below a label ...
_SENTENCE = 60  # ... or of a sentence
_SENTENCE_END = re.compile(r"[.!?:;。！？।؟][\"”’)」』]*$")


_SCRIPT_LINE = 300  # characters: a longer line is text in whatever script
_LATIN_TEXT = 0.9  # of a text's letters Latin: a text in Latin script ...
_LATIN_LINE = 0.5  # ... whose short lines with fewer Latin letters are the page's


# a line opening with a word in an East Asian script, as a label ("| 게시일 | 2024-05-13 ...",
# "- 上一篇：<headline>", "前の記事 <headline>"): a text in Latin script never does
_EAST_ASIAN = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_FOREIGN_LABEL = re.compile(r"[\s|\-–•·\[【]*[" + _EAST_ASIAN + r"]{2,}")
_EAST_ASIAN_LETTER = re.compile(r"[" + _EAST_ASIAN + r"]")


def _latin(text: str) -> tuple[int, int]:
    """(Latin letters, Latin and East Asian letters) of ``text``: an Indonesian text's
    lines in Arabic (a verse quoted) are its own; labels in Japanese, Korean or Chinese
    on a partner's page are not."""
    latin = sum(1 for ch in text if ch.isalpha() and ch < "\u0250")
    return latin, latin + len(_EAST_ASIAN_LETTER.findall(text))


def _in_the_texts_script(lines: list[str]) -> list[str]:
    """``lines`` without the short ones in an East Asian script in a text in Latin one: on
    a partner city's page that publishes the Indonesian original, its labels, notes and
    menus in Japanese, Korean or Chinese ("印尼文原文，仅供参考。", "담당부서 : 국제협력과")."""
    if not any(_EAST_ASIAN_LETTER.search(line) for line in lines):
        return lines  # nothing in those scripts: nothing to drop (and no letter to count)
    counts = [_latin(line) for line in lines]
    latin, letters = sum(c[0] for c in counts), sum(c[1] for c in counts)
    if not letters or latin < _LATIN_TEXT * letters:
        return lines
    return [line for line, (ours, every) in zip(lines, counts, strict=True)
            if len(line) > _SCRIPT_LINE or not every or (
                ours >= _LATIN_LINE * every and not _FOREIGN_LABEL.match(line))]


# a page builder's or WordPress's shortcode left in the text when its plugin is gone:
# "[vc_row][vc_column_text]", "[/et_pb_text]", "[vc_btn title=”Unduh”]", "[gallery
# ids="1,2"]", "[/caption]"; a name with an underscore, or attributes, or a closing tag.
# Words an editor puts in brackets ("[subsidi bunga KUR]", "[1]") are neither.
_QUOTE = "\"'”″“’"
_SHORTCODE = re.compile(
    r"\[/?[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\s[^\[\]]*)?\]"
    r"|\[/[a-z][a-z0-9_-]*\]"
    r"|\[(?:embed|gallery|audio|video|playlist)\]"
    r"|\[[a-z][a-z0-9_-]*(?:\s+[a-z][a-z0-9_-]*\s*=\s*[" + _QUOTE + r"][^\[\]]*?[" + _QUOTE + r"])+"
    r"\s*/?\]")
# WordPress's caption shortcode holds a photo's caption: furniture, with its tags
_CAPTION_SHORTCODE = re.compile(r"\[caption\b[^\]]*\].*?\[/caption\]", re.S)


def _without_shortcodes(line: str) -> str:
    if "[" not in line:
        return line
    bare = _SHORTCODE.sub("", _CAPTION_SHORTCODE.sub("", line))
    return " ".join(bare.split()) if bare != line else line


# a live report's entry opening with its stamp ("- 19 Mar, 22:55 WIT Presiden ...", "10.21
# WIB | Bupati ..."): the stamp is the entry's, the text after it the article's. A time
# alone opens a schedule's line ("09.00 WIB Persib vs Persija") or a sentence: it needs
# a day and month before it, or a bar or a dash after it.
_CLOCK_ZONE = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:WIB|WITA|WIT))?"
_STAMP = re.compile(r"[-•·\s]*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+" + _CLOCK_ZONE + r"\s*[-–—|:]?"
                    r"|" + _CLOCK_ZONE + r"\s*[-–—|])\s+(?=[A-Z\"“‘'])")
_STAMPED = 80  # characters after the stamp: an entry's text, not a heading


def _without_stamp(line: str) -> str:
    match = _STAMP.match(line)
    if match is None or len(line) - match.end() < _STAMPED:
        return line
    return line[match.end():]


_TAIL_LINE = 100  # characters: a longer line is text, whatever it opens with


def clean_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """(article lines, byline lines removed): junk dropped, text cut at a related-news heading."""
    kept: list[str] = []
    bylines: list[str] = []
    for line in filter(None, (_without_stamp(_without_shortcodes(line)) for line in lines)):
        if kept and len(line) < _TAIL_LINE and (
                TAIL_MARKERS.fullmatch(_MARKUP.sub(" ", line).strip())
                or _ABOUT.fullmatch(line.strip())):
            break
        kind = classify_line(line)
        if kind == "footer" and kept:  # the page's end; short unpunctuated lines above it are
            while kept and len(kept[-1]) <= _FOOTER_LINE and not _SENTENCE_END.search(kept[-1]):
                kept.pop()  # the footer's address and owner ("Jl. Jimerto No. 25-27 Surabaya")
            break
        if kind == "byline":
            bylines.append(line)
        elif kind is None:
            kept.append(line)
    if len(kept) > 1 and _SIGNATURE.fullmatch(kept[-1]) and len(kept[-1].split()) <= 4:
        bylines.append(kept.pop())
    # labels of a few capitalised words above the first paragraph are the page's, not the
    # text's: a section ("Pengumuman", "Kegiatan Pimpinan"), an office's or a writer's
    # credit ("Biro Administrasi Pimpinan", "Fransiskus Tukan"), a letterhead in capitals
    # ("PEMERINTAH PROVINSI PAPUA", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"); a
    # text opens with a sentence
    while (len(kept) > 1 and (_DANGLING.fullmatch(kept[0]) or _LETTERHEAD.fullmatch(kept[0]))
           and any(len(line) >= _OPENING or (len(line) >= _SENTENCE and _SENTENCE_END.search(line))
                   for line in kept[1:3])):
        bylines.append(kept.pop(0))
    kept = _in_the_texts_script(kept)
    # a heading with nothing after it ("Layanan Informasi", "Dokumen Terkait:") is a
    # widget's or a list's whose items were removed: the text does not end on a heading
    while len(kept) > 1 and _DANGLING.fullmatch(kept[-1]):
        kept.pop()
    return kept, bylines
