// SPDX-License-Identifier: MIT
// Character tables for GoRegexp: Perl (\d \s \w) and POSIX ([:alpha:]) classes, Unicode general
// categories and script names as Go's unicode package spells them ("Old_Italic"), mapped to
// QChar values (Qt's Unicode tables decide membership).
#include "goregexp_p.h"

#include <QChar>

#include <algorithm>
#include <string>

namespace gmd::goregexp_detail {

Ranges complement(Ranges r)
{
    std::sort(r.begin(), r.end());
    Ranges out;
    char32_t next = 0;
    for (const auto& [lo, hi] : r) {
        if (lo > next)
            out.emplace_back(next, lo - 1);
        next = std::max<char32_t>(next, hi + 1);
    }
    if (next <= 0x10FFFF)
        out.emplace_back(next, 0x10FFFF);
    return out;
}

// Perl classes \d \s \w (ASCII, as in Go).
bool perlClass(char32_t c, Ranges* out)
{
    Ranges r;
    switch (QChar::toLower(c)) {
    case U'd':
        r = { { U'0', U'9' } };
        break;
    case U's':
        r = { { U'\t', U'\n' }, { U'\f', U'\r' }, { U' ', U' ' } };
        break;
    case U'w':
        r = { { U'0', U'9' }, { U'A', U'Z' }, { U'_', U'_' }, { U'a', U'z' } };
        break;
    default:
        return false;
    }
    *out = QChar::isUpper(c) ? complement(r) : r;
    return true;
}

// POSIX [:name:] classes (ASCII).
bool posixClass(const std::u32string& name, Ranges* out)
{
    static const std::vector<std::pair<std::u32string, Ranges>> table = {
        { U"alnum", { { U'0', U'9' }, { U'A', U'Z' }, { U'a', U'z' } } },
        { U"alpha", { { U'A', U'Z' }, { U'a', U'z' } } },
        { U"ascii", { { 0, 0x7F } } },
        { U"blank", { { U'\t', U'\t' }, { U' ', U' ' } } },
        { U"cntrl", { { 0, 0x1F }, { 0x7F, 0x7F } } },
        { U"digit", { { U'0', U'9' } } },
        { U"graph", { { U'!', U'~' } } },
        { U"lower", { { U'a', U'z' } } },
        { U"print", { { U' ', U'~' } } },
        { U"punct", { { U'!', U'/' }, { U':', U'@' }, { U'[', U'`' }, { U'{', U'~' } } },
        { U"space", { { U'\t', U'\r' }, { U' ', U' ' } } },
        { U"upper", { { U'A', U'Z' } } },
        { U"word", { { U'0', U'9' }, { U'A', U'Z' }, { U'_', U'_' }, { U'a', U'z' } } },
        { U"xdigit", { { U'0', U'9' }, { U'A', U'F' }, { U'a', U'f' } } },
    };
    const bool negated = !name.empty() && name[0] == U'^';
    const std::u32string base = negated ? name.substr(1) : name;
    for (const auto& [n, r] : table) {
        if (n == base) {
            *out = negated ? complement(r) : r;
            return true;
        }
    }
    return false;
}

// Unicode general categories as Go names them ("Any" = every code point). Go's "C" has no Cn.
bool categoryMask(const std::u32string& name, quint64* mask)
{
    using C = QChar::Category;
    static const std::vector<std::pair<std::u32string, std::vector<C>>> table = {
        { U"Cc", { C::Other_Control } },
        { U"Cf", { C::Other_Format } },
        { U"Co", { C::Other_PrivateUse } },
        { U"Cs", { C::Other_Surrogate } },
        { U"Ll", { C::Letter_Lowercase } },
        { U"Lm", { C::Letter_Modifier } },
        { U"Lo", { C::Letter_Other } },
        { U"Lt", { C::Letter_Titlecase } },
        { U"Lu", { C::Letter_Uppercase } },
        { U"Mc", { C::Mark_SpacingCombining } },
        { U"Me", { C::Mark_Enclosing } },
        { U"Mn", { C::Mark_NonSpacing } },
        { U"Nd", { C::Number_DecimalDigit } },
        { U"Nl", { C::Number_Letter } },
        { U"No", { C::Number_Other } },
        { U"Pc", { C::Punctuation_Connector } },
        { U"Pd", { C::Punctuation_Dash } },
        { U"Pe", { C::Punctuation_Close } },
        { U"Pf", { C::Punctuation_FinalQuote } },
        { U"Pi", { C::Punctuation_InitialQuote } },
        { U"Po", { C::Punctuation_Other } },
        { U"Ps", { C::Punctuation_Open } },
        { U"Sc", { C::Symbol_Currency } },
        { U"Sk", { C::Symbol_Modifier } },
        { U"Sm", { C::Symbol_Math } },
        { U"So", { C::Symbol_Other } },
        { U"Zl", { C::Separator_Line } },
        { U"Zp", { C::Separator_Paragraph } },
        { U"Zs", { C::Separator_Space } },
    };
    if (name == U"Any") {
        *mask = ~quint64(0);
        return true;
    }
    quint64 m = 0;
    for (const auto& [n, cats] : table) {
        if (n == name || (name.size() == 1 && n[0] == name[0])) {
            for (const C c : cats)
                m |= quint64(1) << int(c);
        }
    }
    *mask = m;
    return m != 0;
}

bool scriptByName(const std::u32string& goName, int* script)
{
    struct Entry
    {
        const char* name;
        QChar::Script script;
    };
    static const Entry table[] = {
        { "Inherited", QChar::Script_Inherited },
        { "Common", QChar::Script_Common },
        { "Latin", QChar::Script_Latin },
        { "Greek", QChar::Script_Greek },
        { "Cyrillic", QChar::Script_Cyrillic },
        { "Armenian", QChar::Script_Armenian },
        { "Hebrew", QChar::Script_Hebrew },
        { "Arabic", QChar::Script_Arabic },
        { "Syriac", QChar::Script_Syriac },
        { "Thaana", QChar::Script_Thaana },
        { "Devanagari", QChar::Script_Devanagari },
        { "Bengali", QChar::Script_Bengali },
        { "Gurmukhi", QChar::Script_Gurmukhi },
        { "Gujarati", QChar::Script_Gujarati },
        { "Oriya", QChar::Script_Oriya },
        { "Tamil", QChar::Script_Tamil },
        { "Telugu", QChar::Script_Telugu },
        { "Kannada", QChar::Script_Kannada },
        { "Malayalam", QChar::Script_Malayalam },
        { "Sinhala", QChar::Script_Sinhala },
        { "Thai", QChar::Script_Thai },
        { "Lao", QChar::Script_Lao },
        { "Tibetan", QChar::Script_Tibetan },
        { "Myanmar", QChar::Script_Myanmar },
        { "Georgian", QChar::Script_Georgian },
        { "Hangul", QChar::Script_Hangul },
        { "Ethiopic", QChar::Script_Ethiopic },
        { "Cherokee", QChar::Script_Cherokee },
        { "Canadian_Aboriginal", QChar::Script_CanadianAboriginal },
        { "Ogham", QChar::Script_Ogham },
        { "Runic", QChar::Script_Runic },
        { "Khmer", QChar::Script_Khmer },
        { "Mongolian", QChar::Script_Mongolian },
        { "Hiragana", QChar::Script_Hiragana },
        { "Katakana", QChar::Script_Katakana },
        { "Bopomofo", QChar::Script_Bopomofo },
        { "Han", QChar::Script_Han },
        { "Yi", QChar::Script_Yi },
        { "Old_Italic", QChar::Script_OldItalic },
        { "Gothic", QChar::Script_Gothic },
        { "Deseret", QChar::Script_Deseret },
        { "Tagalog", QChar::Script_Tagalog },
        { "Hanunoo", QChar::Script_Hanunoo },
        { "Buhid", QChar::Script_Buhid },
        { "Tagbanwa", QChar::Script_Tagbanwa },
        { "Coptic", QChar::Script_Coptic },
        { "Limbu", QChar::Script_Limbu },
        { "Tai_Le", QChar::Script_TaiLe },
        { "Linear_B", QChar::Script_LinearB },
        { "Ugaritic", QChar::Script_Ugaritic },
        { "Shavian", QChar::Script_Shavian },
        { "Osmanya", QChar::Script_Osmanya },
        { "Cypriot", QChar::Script_Cypriot },
        { "Braille", QChar::Script_Braille },
        { "Buginese", QChar::Script_Buginese },
        { "New_Tai_Lue", QChar::Script_NewTaiLue },
        { "Glagolitic", QChar::Script_Glagolitic },
        { "Tifinagh", QChar::Script_Tifinagh },
        { "Syloti_Nagri", QChar::Script_SylotiNagri },
        { "Old_Persian", QChar::Script_OldPersian },
        { "Kharoshthi", QChar::Script_Kharoshthi },
        { "Balinese", QChar::Script_Balinese },
        { "Cuneiform", QChar::Script_Cuneiform },
        { "Phoenician", QChar::Script_Phoenician },
        { "Phags_Pa", QChar::Script_PhagsPa },
        { "Nko", QChar::Script_Nko },
        { "Sundanese", QChar::Script_Sundanese },
        { "Lepcha", QChar::Script_Lepcha },
        { "Ol_Chiki", QChar::Script_OlChiki },
        { "Vai", QChar::Script_Vai },
        { "Saurashtra", QChar::Script_Saurashtra },
        { "Kayah_Li", QChar::Script_KayahLi },
        { "Rejang", QChar::Script_Rejang },
        { "Lycian", QChar::Script_Lycian },
        { "Carian", QChar::Script_Carian },
        { "Lydian", QChar::Script_Lydian },
        { "Cham", QChar::Script_Cham },
        { "Tai_Tham", QChar::Script_TaiTham },
        { "Tai_Viet", QChar::Script_TaiViet },
        { "Avestan", QChar::Script_Avestan },
        { "Egyptian_Hieroglyphs", QChar::Script_EgyptianHieroglyphs },
        { "Samaritan", QChar::Script_Samaritan },
        { "Lisu", QChar::Script_Lisu },
        { "Bamum", QChar::Script_Bamum },
        { "Javanese", QChar::Script_Javanese },
        { "Meetei_Mayek", QChar::Script_MeeteiMayek },
        { "Imperial_Aramaic", QChar::Script_ImperialAramaic },
        { "Old_South_Arabian", QChar::Script_OldSouthArabian },
        { "Inscriptional_Parthian", QChar::Script_InscriptionalParthian },
        { "Inscriptional_Pahlavi", QChar::Script_InscriptionalPahlavi },
        { "Old_Turkic", QChar::Script_OldTurkic },
        { "Kaithi", QChar::Script_Kaithi },
        { "Batak", QChar::Script_Batak },
        { "Brahmi", QChar::Script_Brahmi },
        { "Mandaic", QChar::Script_Mandaic },
        { "Chakma", QChar::Script_Chakma },
        { "Meroitic_Cursive", QChar::Script_MeroiticCursive },
        { "Meroitic_Hieroglyphs", QChar::Script_MeroiticHieroglyphs },
        { "Miao", QChar::Script_Miao },
        { "Sharada", QChar::Script_Sharada },
        { "Sora_Sompeng", QChar::Script_SoraSompeng },
        { "Takri", QChar::Script_Takri },
        { "Caucasian_Albanian", QChar::Script_CaucasianAlbanian },
        { "Bassa_Vah", QChar::Script_BassaVah },
        { "Duployan", QChar::Script_Duployan },
        { "Elbasan", QChar::Script_Elbasan },
        { "Grantha", QChar::Script_Grantha },
        { "Pahawh_Hmong", QChar::Script_PahawhHmong },
        { "Khojki", QChar::Script_Khojki },
        { "Linear_A", QChar::Script_LinearA },
        { "Mahajani", QChar::Script_Mahajani },
        { "Manichaean", QChar::Script_Manichaean },
        { "Mende_Kikakui", QChar::Script_MendeKikakui },
        { "Modi", QChar::Script_Modi },
        { "Mro", QChar::Script_Mro },
        { "Old_North_Arabian", QChar::Script_OldNorthArabian },
        { "Nabataean", QChar::Script_Nabataean },
        { "Palmyrene", QChar::Script_Palmyrene },
        { "Pau_Cin_Hau", QChar::Script_PauCinHau },
        { "Old_Permic", QChar::Script_OldPermic },
        { "Psalter_Pahlavi", QChar::Script_PsalterPahlavi },
        { "Siddham", QChar::Script_Siddham },
        { "Khudawadi", QChar::Script_Khudawadi },
        { "Tirhuta", QChar::Script_Tirhuta },
        { "Warang_Citi", QChar::Script_WarangCiti },
        { "Ahom", QChar::Script_Ahom },
        { "Anatolian_Hieroglyphs", QChar::Script_AnatolianHieroglyphs },
        { "Hatran", QChar::Script_Hatran },
        { "Multani", QChar::Script_Multani },
        { "Old_Hungarian", QChar::Script_OldHungarian },
        { "SignWriting", QChar::Script_SignWriting },
        { "Adlam", QChar::Script_Adlam },
        { "Bhaiksuki", QChar::Script_Bhaiksuki },
        { "Marchen", QChar::Script_Marchen },
        { "Newa", QChar::Script_Newa },
        { "Osage", QChar::Script_Osage },
        { "Tangut", QChar::Script_Tangut },
        { "Masaram_Gondi", QChar::Script_MasaramGondi },
        { "Nushu", QChar::Script_Nushu },
        { "Soyombo", QChar::Script_Soyombo },
        { "Zanabazar_Square", QChar::Script_ZanabazarSquare },
        { "Dogra", QChar::Script_Dogra },
        { "Gunjala_Gondi", QChar::Script_GunjalaGondi },
        { "Hanifi_Rohingya", QChar::Script_HanifiRohingya },
        { "Makasar", QChar::Script_Makasar },
        { "Medefaidrin", QChar::Script_Medefaidrin },
        { "Old_Sogdian", QChar::Script_OldSogdian },
        { "Sogdian", QChar::Script_Sogdian },
        { "Elymaic", QChar::Script_Elymaic },
        { "Nandinagari", QChar::Script_Nandinagari },
        { "Nyiakeng_Puachue_Hmong", QChar::Script_NyiakengPuachueHmong },
        { "Wancho", QChar::Script_Wancho },
        { "Chorasmian", QChar::Script_Chorasmian },
        { "Dives_Akuru", QChar::Script_DivesAkuru },
        { "Khitan_Small_Script", QChar::Script_KhitanSmallScript },
        { "Yezidi", QChar::Script_Yezidi },
        { "Cypro_Minoan", QChar::Script_CyproMinoan },
        { "Old_Uyghur", QChar::Script_OldUyghur },
        { "Tangsa", QChar::Script_Tangsa },
        { "Toto", QChar::Script_Toto },
        { "Vithkuqi", QChar::Script_Vithkuqi },
    };
    std::string key;
    for (const char32_t c : goName) {
        if (c >= 0x80)
            return false;
        key.push_back(char(c));
    }
    for (const Entry& e : table) {
        if (key == e.name) {
            *script = int(e.script);
            return true;
        }
    }
    return false;
}

} // namespace gmd::goregexp_detail
