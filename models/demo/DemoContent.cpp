#include "DemoContent.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace Rewind::demo {

namespace {

quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::string num(qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// "50 000": Dutch thousands separator in running text.
std::string grouped(qint64 v)
{
    std::string digits = num(v);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ' ';
        out += digits[i];
    }
    return out;
}

std::string fraction(qint64 n, qint64 d)
{
    return num(n) + "/" + num(d);
}

// The arithmetic sign in question text; answers keep ASCII '-' because students type them.
std::string signed_(qint64 v)
{
    return v < 0 ? "\u2212" + num(-v) : num(v);
}

struct Draft
{
    std::string text;
    std::vector<std::string> correct; // the first is the canonical form
    std::vector<std::string> wrong;   // most tempting mistake first
    std::string explanation;
};

bool valid(Draft& d)
{
    // Distractors that collide with an accepted answer or with each other are dropped (templates can
    // produce them for small numbers); a question needs one wrong answer left to be a question.
    std::vector<std::string> kept;
    for (auto& w : d.wrong) {
        if (w.empty() || std::find(d.correct.begin(), d.correct.end(), w) != d.correct.end() ||
            std::find(kept.begin(), kept.end(), w) != kept.end())
            continue;
        kept.push_back(w);
    }
    d.wrong = std::move(kept);
    return !d.text.empty() && !d.correct.empty() && d.wrong.size() >= 1;
}

// ---- Rekenen: generated from templates, with the classic mistake as the first distractor ----

Draft volgorde(Random& r)
{
    const int form = r.between(0, 2);
    const qint64 b = r.between(2, 9), c = r.between(2, 9);
    if (form == 0) {
        const qint64 a = r.between(2, 30);
        return {"Bereken: " + num(a) + " + " + num(b) + " \u00d7 " + num(c),
                {num(a + b * c)},
                {num((a + b) * c), num(a + b + c), num(a * b + c)},
                "Vermenigvuldigen gaat voor optellen: eerst " + num(b) + " \u00d7 " + num(c) + " = " +
                    num(b * c) + ", dan " + num(a) + " + " + num(b * c) + " = " + num(a + b * c) + "."};
    }
    if (form == 1) {
        const qint64 a = r.between(2, 9);
        return {"Bereken: " + num(a) + " \u00d7 (" + num(b) + " + " + num(c) + ")",
                {num(a * (b + c))},
                {num(a * b + c), num(a + b + c), num(a * b * c)},
                "Eerst wat tussen haakjes staat: " + num(b) + " + " + num(c) + " = " + num(b + c) + ", dan " +
                    num(a) + " \u00d7 " + num(b + c) + " = " + num(a * (b + c)) + "."};
    }
    const qint64 a = b * c + r.between(1, 40);
    return {"Bereken: " + num(a) + " \u2212 " + num(b) + " \u00d7 " + num(c),
            {num(a - b * c)},
            {num((a - b) * c), num(a - b - c), num(a * c - b)},
            "Vermenigvuldigen gaat voor aftrekken: " + num(b) + " \u00d7 " + num(c) + " = " + num(b * c) +
                ", dan " + num(a) + " \u2212 " + num(b * c) + " = " + num(a - b * c) + "."};
}

Draft negatief(Random& r)
{
    const qint64 a = r.between(2, 15);
    qint64 b = r.between(2, 15);
    if (b == a)
        ++b;
    const std::string why = "Op de getallenlijn: ";
    switch (r.between(0, 3)) {
    case 0:
        return {"Bereken: " + signed_(-a) + " \u2212 " + num(b),
                {num(-a - b)},
                {num(b - a), num(a + b), num(a - b)},
                why + "vanaf " + signed_(-a) + " ga je " + num(b) + " naar links en kom je uit op " +
                    signed_(-a - b) + "."};
    case 1:
        return {"Bereken: " + signed_(-a) + " + " + num(b),
                {num(b - a)},
                {num(-a - b), num(a + b), num(a - b)},
                why + "vanaf " + signed_(-a) + " ga je " + num(b) + " naar rechts en kom je uit op " +
                    signed_(b - a) + "."};
    case 2:
        return {"Bereken: " + num(a) + " \u2212 (" + signed_(-b) + ")",
                {num(a + b)},
                {num(a - b), num(-a - b), num(b - a)},
                "Min een negatief getal is hetzelfde als plus: " + num(a) + " + " + num(b) + " = " +
                    num(a + b) + "."};
    default:
        return {"Bereken: " + signed_(-a) + " \u00d7 " + num(b),
                {num(-a * b)},
                {num(a * b), num(-a - b), num(b - a)},
                "Negatief keer positief is negatief: " + num(a) + " \u00d7 " + num(b) + " = " + num(a * b) +
                    ", dus het antwoord is " + signed_(-a * b) + "."};
    }
}

Draft afronden(Random& r)
{
    // v in thousandths; the digit after the rounding place is at least 5, so truncating is wrong.
    const int form = r.between(0, 2);
    const qint64 whole = r.between(1, 99);
    const qint64 v = whole * 1000 + r.between(0, 999);
    const std::string value = formatDecimal(v, 3);
    if (form == 0) {
        if ((v / 10) % 10 < 5 || ((v + 50) / 100) % 10 == 0)
            return {};
        return {
            "Rond " + value + " af op \u00e9\u00e9n decimaal.",
            {formatDecimal((v + 50) / 100, 1)},
            {formatDecimal(v / 100, 1), formatDecimal((v + 5) / 10, 2), formatDecimal((v + 500) / 1000, 0)},
            "Kijk naar het tweede cijfer achter de komma: dat is 5 of meer, dus rond je naar boven af: " +
                formatDecimal((v + 50) / 100, 1) + "."};
    }
    if (form == 1) {
        if ((v / 100) % 10 < 5)
            return {};
        return {
            "Rond " + value + " af op een geheel getal.",
            {formatDecimal((v + 500) / 1000, 0)},
            {formatDecimal(v / 1000, 0), formatDecimal((v + 50) / 100, 1), formatDecimal((v + 5) / 10, 2)},
            "Het eerste cijfer achter de komma is 5 of meer, dus je rondt naar boven af: " +
                formatDecimal((v + 500) / 1000, 0) + "."};
    }
    if (v % 10 < 5 || ((v + 5) / 10) % 10 == 0)
        return {};
    return {"Rond " + value + " af op twee decimalen.",
            {formatDecimal((v + 5) / 10, 2)},
            {formatDecimal(v / 10, 2), formatDecimal((v + 50) / 100, 1), value},
            "Het derde cijfer achter de komma is 5 of meer, dus je rondt naar boven af: " +
                formatDecimal((v + 5) / 10, 2) + "."};
}

Draft vereenvoudigen(Random& r)
{
    static const int factors[] = {4, 6, 8, 9, 10, 12};
    const qint64 d = r.between(3, 12);
    const qint64 n = r.between(1, int(d) - 1);
    if (std::gcd(n, d) != 1)
        return {};
    const qint64 k = factors[r.below(6)];
    const qint64 p = (k % 2 == 0) ? 2 : 3;
    return {"Schrijf " + fraction(n * k, d * k) + " zo eenvoudig mogelijk.",
            {fraction(n, d)},
            {fraction(n * k / p, d * k / p), fraction(d, n), fraction(n, d * k)},
            "Deel teller en noemer door hun grootste gemene deler " + num(k) + ": " + num(n * k) + " : " +
                num(k) + " = " + num(n) + " en " + num(d * k) + " : " + num(k) + " = " + num(d) + ", dus " +
                fraction(n, d) + "."};
}

Draft breukenOptellen(Random& r)
{
    const qint64 b = r.between(2, 9);
    const qint64 d = r.between(2, 9);
    if (b == d)
        return {};
    const qint64 a = r.between(1, int(b) - 1), c = r.between(1, int(d) - 1);
    if (std::gcd(a, b) != 1 || std::gcd(c, d) != 1)
        return {};
    const qint64 l = std::lcm(b, d);
    const qint64 top = a * (l / b) + c * (l / d);
    const qint64 g = std::gcd(top, l);
    Draft q{"Bereken: " + fraction(a, b) + " + " + fraction(c, d), {fraction(top / g, l / g)}, {}, {}};
    if (g != 1)
        q.correct.push_back(fraction(top, l)); // right, if not simplified: accepted
    const auto sameValue = [&](qint64 n, qint64 m) { return n * l == top * m; };
    const std::pair<qint64, qint64> mistakes[] = {{a + c, b + d}, {a + c, l}, {a * c, b * d}};
    for (const auto& [n, m] : mistakes)
        if (!sameValue(n, m))
            q.wrong.push_back(fraction(n, m));
    q.explanation = "Maak eerst de noemers gelijk: " + fraction(a, b) + " = " + fraction(a * (l / b), l) +
                    " en " + fraction(c, d) + " = " + fraction(c * (l / d), l) +
                    ". Tel dan alleen de tellers op: " + fraction(top, l) +
                    (g != 1 ? " = " + fraction(top / g, l / g) : std::string()) + ".";
    return q;
}

Draft breukVan(Random& r)
{
    const qint64 d = r.between(2, 10);
    const qint64 n = r.between(1, int(d) - 1);
    if (std::gcd(n, d) != 1)
        return {};
    const qint64 m = r.between(2, 15);
    const qint64 x = d * m;
    return {"Hoeveel is " + fraction(n, d) + " van " + num(x) + "?",
            {num(n * m)},
            {num(m), num(x * n), num(x - n * m)},
            "Eerst " + num(x) + " : " + num(d) + " = " + num(m) + ", dan " + num(n) + " \u00d7 " + num(m) +
                " = " + num(n * m) + "."};
}

Draft procenten(Random& r)
{
    static const int percents[] = {5, 10, 12, 15, 20, 25, 30, 35, 40, 60, 75, 80};
    const qint64 p = percents[r.below(12)];
    const qint64 x = 20 * r.between(2, 45);
    if (p * x % 100 != 0)
        return {};
    return {"Hoeveel is " + num(p) + "% van " + num(x) + "?",
            {num(p * x / 100)},
            {formatDecimal(p * x / 10, 2), num(x - p * x / 100), num(p * x / 10)},
            "1% van " + num(x) + " is " + formatDecimal(x, 2) + ". Dus " + num(p) + "% is " + num(p) +
                " \u00d7 " + formatDecimal(x, 2) + " = " + num(p * x / 100) + "."};
}

Draft korting(Random& r)
{
    static const char* const things[] = {"Een jas",          "Een fiets",         "Een spijkerbroek",
                                         "Een koptelefoon",  "Een paar sneakers", "Een skateboard",
                                         "Een spelcomputer", "Een tent"};
    static const int percents[] = {10, 15, 20, 25, 30, 40, 50};
    const qint64 p = percents[r.below(7)];
    const qint64 price = 5 * r.between(4, 80);
    if (price * p % 100 != 0)
        return {};
    const qint64 off = price * p / 100;
    return {std::string(things[r.below(8)]) + " kost \u20ac " + num(price) + ". Je krijgt " + num(p) +
                "% korting. Hoeveel euro betaal je?",
            {num(price - off)},
            {num(off), num(price - p), num(price + off)},
            num(p) + "% van \u20ac " + num(price) + " is \u20ac " + num(off) + ". Je betaalt \u20ac " +
                num(price) + " \u2212 \u20ac " + num(off) + " = \u20ac " + num(price - off) + "."};
}

Draft verandering(Random& r)
{
    static const int olds[] = {40, 50, 80, 120, 150, 200, 250, 300, 400, 500, 600, 800, 1200};
    static const int percents[] = {5, 10, 15, 20, 25, 30, 40, 50, 60, 75};
    const qint64 a = olds[r.below(13)];
    const qint64 p = percents[r.below(10)];
    if (a * p % 100 != 0)
        return {};
    const bool up = r.chance(0.5);
    const qint64 b = up ? a + a * p / 100 : a - a * p / 100;
    const qint64 diff = up ? b - a : a - b;
    // The usual mistake divides by the new value instead of the old one.
    const qint64 wrongBase = (diff * 1000 + b / 2) / b;
    Draft q;
    if (up)
        q.text = "Een sportclub groeit van " + num(a) + " naar " + num(b) +
                 " leden. Met hoeveel procent is het aantal leden gestegen?";
    else
        q.text = "De prijs van een spel daalt van \u20ac " + num(a) + " naar \u20ac " + num(b) +
                 ". Met hoeveel procent is de prijs gedaald?";
    q.correct = {num(p) + "%"};
    q.wrong = {formatDecimal(wrongBase, 1) + "%", num(diff) + "%", formatDecimal(b * 1000 / a, 1) + "%"};
    q.explanation = "Het verschil is " + num(diff) + ". Deel dat door de oude waarde: " + num(diff) + " : " +
                    num(a) + " = " + formatDecimal(p, 2) + " = " + num(p) + "%.";
    return q;
}

Draft verhoudingen(Random& r)
{
    struct Context
    {
        const char* item;
        const char* amount;
        int unitLo, unitHi, step;
    };
    static const Context contexts[] = {
        {"pannenkoeken", "gram meel", 25, 50, 5},
        {"personen", "gram pasta", 75, 125, 25},
        {"muffins", "gram suiker", 15, 30, 5},
        {"broden", "gram gist", 5, 10, 1},
        {"glazen limonade", "milliliter siroop", 20, 40, 5},
    };
    static const int counts[] = {2, 3, 4, 5, 6, 8, 10, 12};
    const Context& ctx = contexts[r.below(5)];
    const qint64 unit = ctx.step * r.between(ctx.unitLo / ctx.step, ctx.unitHi / ctx.step);
    const qint64 a = counts[r.below(8)];
    const qint64 c = r.between(2, 20);
    if (c == a)
        return {};
    const qint64 b = a * unit;
    return {"Voor " + num(a) + " " + ctx.item + " heb je " + num(b) + " " + ctx.amount + " nodig. Hoeveel " +
                ctx.amount + " heb je nodig voor " + num(c) + " " + ctx.item + "?",
            {num(c * unit)},
            {num(b + (c - a)), num(b * c), num(c * unit + unit)},
            "Voor 1 is dat " + num(b) + " : " + num(a) + " = " + num(unit) + ". Voor " + num(c) + " is dat " +
                num(c) + " \u00d7 " + num(unit) + " = " + num(c * unit) + "."};
}

Draft schaal(Random& r)
{
    static const int scales[] = {25000, 50000, 100000, 200000, 250000};
    static const char* const things[] = {"een fietspad", "een wandelroute", "een dijk", "een kanaal",
                                         "een weg"};
    const qint64 scale = scales[r.below(5)];
    const qint64 cm = r.between(2, 15);
    const qint64 hundredthsKm = cm * scale / 1000;
    const std::string thing = things[r.below(5)];
    return {"Op een kaart met schaal 1 : " + grouped(scale) + " is " + thing + " " + num(cm) +
                " cm lang. Hoeveel kilometer is het in werkelijkheid?",
            {formatDecimal(hundredthsKm, 2)},
            {formatDecimal(hundredthsKm * 10, 2), formatDecimal(hundredthsKm, 3),
             formatDecimal(hundredthsKm * 100, 2)},
            num(cm) + " cm op de kaart is " + num(cm) + " \u00d7 " + grouped(scale) + " = " +
                grouped(cm * scale) + " cm in werkelijkheid. Dat is " + formatDecimal(hundredthsKm, 2) +
                " km."};
}

Draft snelheid(Random& r)
{
    static const int speeds[] = {12, 15, 18, 20, 24, 30, 36, 45, 60};
    static const int minutes[] = {10, 15, 20, 30, 40, 45, 90};
    const qint64 v = speeds[r.below(9)];
    const qint64 m = minutes[r.below(7)];
    if (v * m % 60 != 0)
        return {};
    const qint64 d = v * m / 60;
    const char* who = v <= 24 ? "Een fietser" : v <= 45 ? "Een scooter" : "Een auto";
    return {std::string(who) + " legt " + num(d) + " km af in " + num(m) +
                " minuten. Wat is de gemiddelde snelheid in km per uur?",
            {num(v)},
            {formatDecimal((d * m * 100 + 30) / 60, 2), formatDecimal((d * 10000 + m / 2) / m, 2), num(d)},
            "Reken om naar een uur: " + num(d) + " km in " + num(m) + " minuten is " + num(d) + " : " +
                num(m) + " \u00d7 60 = " + num(v) + " km in 60 minuten."};
}

using Generator = Draft (*)(Random&);

// ---- Taal: written lists; each item is a sentence or word with its answers ----

struct Item
{
    const char* text;
    const char* correct;
    std::vector<const char*> wrong; // most tempting first
    const char* why;                // item-specific part of the explanation
};

struct TaalSection
{
    const char* rule; // the general part of every explanation in the section
    std::vector<Item> items;
};

const std::vector<TaalSection>& taalSections()
{
    static const std::vector<TaalSection> sections = {
        {"In de tegenwoordige tijd is de persoonsvorm de stam, plus t bij hij, zij, het en bij jij "
         "v\u00f3\u00f3r "
         "het werkwoord; staat jij of je achter de persoonsvorm, dan komt er geen t bij.",
         {
             {"Vul in: \u2018Hij ___ morgen dertien.\u2019 (worden)",
              "wordt",
              {"word", "wort"},
              "Hij: stam (word) + t = wordt."},
             {"Vul in: \u2018___ jij dat ook een goed idee?\u2019 (vinden)",
              "Vind",
              {"Vindt", "Vint"},
              "Jij staat achter de persoonsvorm: alleen de stam, dus vind."},
             {"Vul in: \u2018Zij ___ elke week een kaart naar haar oma.\u2019 (zenden)",
              "zendt",
              {"zend", "zent"},
              "Zij: stam (zend) + t = zendt."},
             {"Vul in: \u2018Jij ___ altijd heel snel.\u2019 (antwoorden)",
              "antwoordt",
              {"antwoord", "antwoort"},
              "Jij vooraan: stam (antwoord) + t = antwoordt."},
             {"Vul in: \u2018Wanneer ___ je jarig?\u2019 (worden)",
              "word",
              {"wordt", "wort"},
              "Je staat achter de persoonsvorm: alleen de stam, dus word."},
             {"Vul in: \u2018Ik ___ dat boek erg spannend.\u2019 (vinden)",
              "vind",
              {"vindt", "vint"},
              "Ik: alleen de stam, dus vind."},
             {"Vul in: \u2018Het ___ vanavond koud.\u2019 (worden)",
              "wordt",
              {"word", "wort"},
              "Het: stam (word) + t = wordt."},
             {"Vul in: \u2018___ hij de krant al?\u2019 (lezen)",
              "Leest",
              {"Lees", "Leesd"},
              "Bij hij komt er altijd een t bij, ook als hij achter de persoonsvorm staat."},
             {"Vul in: \u2018Jij ___ je kamer morgen op.\u2019 (ruimen)",
              "ruimt",
              {"ruim", "ruimd"},
              "Jij vooraan: stam (ruim) + t = ruimt."},
             {"Vul in: \u2018Mijn broer ___ in Utrecht.\u2019 (studeren)",
              "studeert",
              {"studeerd", "studeer"},
              "Mijn broer = hij: stam (studeer) + t = studeert."},
         }},
        {"Verleden tijd: eindigt de stam op een letter uit 't kofschip (t, k, f, s, ch, p), dan krijg je "
         "-te(n); "
         "anders -de(n).",
         {
             {"Vul in: \u2018Gisteren ___ wij de hele middag.\u2019 (fietsen)",
              "fietsten",
              {"fietsden", "fietste"},
              "Stam fiets eindigt op s: -te, meervoud -ten."},
             {"Vul in: \u2018Zij ___ het hek groen.\u2019 (verven)",
              "verfde",
              {"verfte", "verfden"},
              "Denk aan de infinitief verven: de v zit niet in 't kofschip, dus -de."},
             {"Vul in: \u2018Hij ___ de hele avond.\u2019 (werken)",
              "werkte",
              {"werkde", "werktte"},
              "Stam werk eindigt op k: -te."},
             {"Vul in: \u2018Wij ___ samen een taart.\u2019 (bakken)",
              "bakten",
              {"bakden", "bakte"},
              "Stam bak eindigt op k: -ten."},
             {"Vul in: \u2018Ik ___ hem gisteren nog.\u2019 (bellen)",
              "belde",
              {"belte", "beldde"},
              "Stam bel eindigt op l: -de."},
             {"Vul in: \u2018De hond ___ de hele nacht.\u2019 (blaffen)",
              "blafte",
              {"blafde", "blaffte"},
              "Stam blaf eindigt op f: -te."},
             {"Vul in: \u2018Jullie ___ lang op de bus.\u2019 (wachten)",
              "wachtten",
              {"wachten", "wachtden"},
              "Stam wacht eindigt op t: wacht + ten = wachtten."},
             {"Vul in: \u2018Zij ___ haar kamer op.\u2019 (ruimen)",
              "ruimde",
              {"ruimte", "ruimdde"},
              "Stam ruim eindigt op m: -de."},
             {"Vul in: \u2018Hij ___ zijn vrienden.\u2019 (missen)",
              "miste",
              {"misde", "mistte"},
              "Stam mis eindigt op s: -te."},
             {"Vul in: \u2018We ___ de hele pauze.\u2019 (praten)",
              "praatten",
              {"praatden", "praten"},
              "Stam praat eindigt op t: praat + ten = praatten."},
         }},
        {"Voltooid deelwoord: ge- + stam + t of d (volgens 't kofschip); bij be-, ge-, her-, ont-, ver- komt "
         "er "
         "geen ge- voor.",
         {
             {"Vul in: \u2018Ik heb het pakket gisteren ___.\u2019 (versturen)",
              "verstuurd",
              {"verstuurt", "verstuurdt"},
              "Stam verstuur eindigt niet op 't kofschip: verstuurd."},
             {"Vul in: \u2018Wij hebben de hele middag ___.\u2019 (fietsen)",
              "gefietst",
              {"gefietsd", "gefiets"},
              "Stam fiets eindigt op s: gefietst."},
             {"Vul in: \u2018Heb jij je huiswerk al ___?\u2019 (maken)",
              "gemaakt",
              {"gemaakd", "gemaak"},
              "Stam maak eindigt op k: gemaakt."},
             {"Vul in: \u2018Het probleem is ___.\u2019 (oplossen)",
              "opgelost",
              {"opgelosd", "geoplost"},
              "Scheidbaar werkwoord: op + ge + lost."},
             {"Vul in: \u2018Mijn moeder heeft de tafel ___.\u2019 (verven)",
              "geverfd",
              {"geverft", "geverfdt"},
              "Denk aan verven: v zit niet in 't kofschip, dus geverfd."},
             {"Vul in: \u2018Hij heeft het hele verhaal ___.\u2019 (verzinnen)",
              "verzonnen",
              {"verzind", "geverzonnen"},
              "Verzinnen is sterk: verzonnen, zonder ge-."},
             {"Vul in: \u2018De trein is net ___.\u2019 (vertrekken)",
              "vertrokken",
              {"vertrekt", "gevertrokken"},
              "Vertrekken is sterk: vertrokken, zonder ge-."},
             {"Vul in: \u2018Ik heb hem niet ___.\u2019 (herkennen)",
              "herkend",
              {"herkent", "geherkend"},
              "Her- krijgt geen ge-; stam herken eindigt op n: herkend."},
             {"Vul in: \u2018Zij heeft de brief ___.\u2019 (beantwoorden)",
              "beantwoord",
              {"beantwoordt", "gebeantwoord"},
              "Be- krijgt geen ge-; de stam eindigt al op d: beantwoord."},
         }},
        {"Het meervoud maak je meestal met -en of -s; woorden op a, i, o, u, y krijgen 's.",
         {
             {"Wat is het meervoud van \u2018kind\u2019?",
              "kinderen",
              {"kinden", "kinds"},
              "Kind wordt kinderen."},
             {"Wat is het meervoud van \u2018stad\u2019?",
              "steden",
              {"staden", "stadden"},
              "Stad verandert van klank: steden."},
             {"Wat is het meervoud van \u2018schip\u2019?",
              "schepen",
              {"schippen", "schipen"},
              "Schip verandert van klank: schepen."},
             {"Wat is het meervoud van \u2018auto\u2019?",
              "auto's",
              {"autos", "autoos"},
              "Auto eindigt op o: auto's."},
             {"Wat is het meervoud van \u2018radio\u2019?",
              "radio's",
              {"radios", "radioos"},
              "Radio eindigt op o: radio's."},
             {"Wat is het meervoud van \u2018koe\u2019?",
              "koeien",
              {"koes", "koe\u00ebn"},
              "Koe wordt koeien."},
             {"Wat is het meervoud van \u2018ei\u2019?", "eieren", {"eien", "eis"}, "Ei wordt eieren."},
             {"Wat is het meervoud van \u2018weg\u2019?",
              "wegen",
              {"weggen", "wegs"},
              "Korte klank, maar weg wordt toch wegen."},
             {"Wat is het meervoud van \u2018bal\u2019?",
              "ballen",
              {"balen", "bals"},
              "Korte klank: de l verdubbelt, ballen."},
             {"Wat is het meervoud van \u2018paraplu\u2019?",
              "paraplu's",
              {"paraplus", "parapluen"},
              "Paraplu eindigt op u: paraplu's."},
         }},
        {"Verkleinwoorden eindigen op -je, -tje, -pje, -etje of -kje, afhankelijk van hoe het woord eindigt.",
         {
             {"Wat is het verkleinwoord van \u2018boom\u2019?",
              "boompje",
              {"boomje", "boomtje"},
              "Na oo + m: -pje."},
             {"Wat is het verkleinwoord van \u2018koning\u2019?",
              "koninkje",
              {"koningje", "koninggetje"},
              "Na -ing: -kje."},
             {"Wat is het verkleinwoord van \u2018bal\u2019?",
              "balletje",
              {"baltje", "balletjes"},
              "Korte klank + l: -etje."},
             {"Wat is het verkleinwoord van \u2018ster\u2019?",
              "sterretje",
              {"stertje", "sterje"},
              "Korte klank + r: -etje."},
             {"Wat is het verkleinwoord van \u2018raam\u2019?",
              "raampje",
              {"raamje", "raamtje"},
              "Na aa + m: -pje."},
             {"Wat is het verkleinwoord van \u2018auto\u2019?",
              "autootje",
              {"autotje", "auto'tje"},
              "Na o: de o verdubbelt, autootje."},
             {"Wat is het verkleinwoord van \u2018tuin\u2019?",
              "tuintje",
              {"tuinetje", "tuinje"},
              "Na ui + n: -tje."},
             {"Wat is het verkleinwoord van \u2018weg\u2019?",
              "weggetje",
              {"wegje", "wegetje"},
              "Korte klank + g: -etje."},
             {"Wat is het verkleinwoord van \u2018vis\u2019?", "visje", {"vissetje", "vistje"}, "Na s: -je."},
             {"Wat is het verkleinwoord van \u2018bloem\u2019?",
              "bloemetje",
              {"bloempje", "bloemtje"},
              "Bloem wordt bloemetje."},
         }},
        {"Hoofdletters gebruik je aan het begin van een zin en bij namen van personen, landen, plaatsen, "
         "talen en "
         "feestdagen; niet bij dagen en maanden.",
         {
             {"Welke zin is goed geschreven?",
              "Wij gaan in juli naar Frankrijk.",
              {"Wij gaan in Juli naar Frankrijk.", "Wij gaan in juli naar frankrijk."},
              "Maanden: kleine letter."},
             {"Welke zin is goed geschreven?",
              "Op maandag heb ik Engels.",
              {"Op Maandag heb ik Engels.", "Op maandag heb ik engels."},
              "Dagen: kleine letter; talen: hoofdletter."},
             {"Welke zin is goed geschreven?",
              "Mijn oom woont in de Verenigde Staten.",
              {"Mijn oom woont in de Verenigde staten.", "Mijn oom woont in de verenigde staten."},
              "Elk woord van de landnaam krijgt een hoofdletter."},
             {"Welke zin is goed geschreven?",
              "We vieren Koningsdag in Utrecht.",
              {"We vieren koningsdag in Utrecht.", "We vieren Koningsdag in utrecht."},
              "Feestdagen en plaatsnamen: hoofdletter."},
             {"Welke zin is goed geschreven?",
              "Ze spreekt goed Turks en Arabisch.",
              {"Ze spreekt goed Turks en arabisch.", "Ze spreekt goed turks en arabisch."},
              "Talen: hoofdletter."},
             {"Welke zin is goed geschreven?",
              "Het boek gaat over de Tweede Wereldoorlog.",
              {"Het boek gaat over de tweede wereldoorlog.", "Het boek gaat over de Tweede wereldoorlog."},
              "Namen van historische gebeurtenissen: hoofdletters."},
             {"Welke zin is goed geschreven?",
              "In de zomer eten we Italiaans ijs.",
              {"In de Zomer eten we Italiaans ijs.", "In de zomer eten we italiaans ijs."},
              "Seizoenen: kleine letter; Italiaans komt van Itali\u00eb: hoofdletter."},
             {"Welke zin is goed geschreven?",
              "De Noordzee is in maart erg koud.",
              {"De noordzee is in maart erg koud.", "De Noordzee is in Maart erg koud."},
              "Namen van zee\u00ebn: hoofdletter; maanden: kleine letter."},
             {"Welke zin is goed geschreven?",
              "Mijn zus studeert in Groningen.",
              {"Mijn Zus studeert in Groningen.", "mijn zus studeert in Groningen."},
              "Een zin begint met een hoofdletter; zus is geen naam."},
         }},
        {"Een synoniem is een woord met (bijna) dezelfde betekenis.",
         {
             {"Welk woord betekent hetzelfde als \u2018snel\u2019?",
              "vlug",
              {"traag", "sterk", "luid"},
              "Snel en vlug betekenen allebei: met hoge snelheid."},
             {"Welk woord betekent hetzelfde als \u2018beginnen\u2019?",
              "starten",
              {"stoppen", "proberen", "wachten"},
              "Beginnen = starten."},
             {"Welk woord betekent hetzelfde als \u2018moeilijk\u2019?",
              "lastig",
              {"makkelijk", "saai", "vreemd"},
              "Moeilijk = lastig."},
             {"Welk woord betekent hetzelfde als \u2018boos\u2019?",
              "kwaad",
              {"bang", "blij", "moe"},
              "Boos = kwaad."},
             {"Welk woord betekent hetzelfde als \u2018dapper\u2019?",
              "moedig",
              {"sterk", "bang", "slim"},
              "Dapper = moedig: je durft iets."},
             {"Welk woord betekent hetzelfde als \u2018eerlijk\u2019?",
              "oprecht",
              {"aardig", "gemeen", "stil"},
              "Eerlijk = oprecht."},
             {"Welk woord betekent hetzelfde als \u2018gebeuren\u2019?",
              "plaatsvinden",
              {"veranderen", "ophouden", "verdwijnen"},
              "Gebeuren = plaatsvinden."},
             {"Welk woord betekent hetzelfde als \u2018spoedig\u2019?",
              "gauw",
              {"langzaam", "laat", "nooit"},
              "Spoedig = gauw, binnenkort."},
             {"Welk woord betekent hetzelfde als \u2018enorm\u2019?",
              "reusachtig",
              {"weinig", "gewoon", "smal"},
              "Enorm = reusachtig, heel groot."},
             {"Welk woord betekent hetzelfde als \u2018reageren\u2019?",
              "antwoorden",
              {"vragen", "zwijgen", "luisteren"},
              "Reageren = antwoorden op iets."},
         }},
        {"Een tegenstelling is een woord met de tegenovergestelde betekenis.",
         {
             {"Wat is het tegenovergestelde van \u2018breed\u2019?",
              "smal",
              {"lang", "dik", "klein"},
              "Breed tegenover smal."},
             {"Wat is het tegenovergestelde van \u2018vroeg\u2019?",
              "laat",
              {"snel", "nooit", "vaak"},
              "Vroeg tegenover laat."},
             {"Wat is het tegenovergestelde van \u2018zwaar\u2019?",
              "licht",
              {"klein", "makkelijk", "dun"},
              "Zwaar tegenover licht (gewicht)."},
             {"Wat is het tegenovergestelde van \u2018winnen\u2019?",
              "verliezen",
              {"stoppen", "spelen", "missen"},
              "Winnen tegenover verliezen."},
             {"Wat is het tegenovergestelde van \u2018openen\u2019?",
              "sluiten",
              {"breken", "draaien", "stoppen"},
              "Openen tegenover sluiten."},
             {"Wat is het tegenovergestelde van \u2018leeg\u2019?",
              "vol",
              {"dicht", "zwaar", "klein"},
              "Leeg tegenover vol."},
             {"Wat is het tegenovergestelde van \u2018goedkoop\u2019?",
              "duur",
              {"gratis", "nieuw", "mooi"},
              "Goedkoop tegenover duur."},
             {"Wat is het tegenovergestelde van \u2018vergeten\u2019?",
              "onthouden",
              {"weten", "leren", "denken"},
              "Vergeten tegenover onthouden."},
             {"Wat is het tegenovergestelde van \u2018stijgen\u2019?",
              "dalen",
              {"vallen", "klimmen", "groeien"},
              "Stijgen tegenover dalen."},
         }},
        // Typed with plain double quotes, as editors do: the JSON writer has to escape them.
        {"Een uitdrukking betekent iets anders dan de losse woorden zeggen.",
         {
             {"Wat betekent \"de kat uit de boom kijken\"?",
              "eerst afwachten hoe iets afloopt",
              {"iemand in de gaten houden", "ergens bang voor zijn"},
              "Je wacht eerst af voordat je iets doet."},
             {"Wat betekent \"met de deur in huis vallen\"?",
              "meteen zeggen waar het om gaat",
              {"onverwacht binnenkomen", "onhandig zijn"},
              "Je begint meteen over het belangrijkste."},
             {"Wat betekent \"iets onder de knie hebben\"?",
              "iets goed kunnen",
              {"ergens last van hebben", "iets verstoppen"},
              "Je beheerst het."},
             {"Wat betekent \"de spijker op zijn kop slaan\"?",
              "precies zeggen hoe het zit",
              {"boos worden", "hard werken"},
              "Je zegt precies het goede."},
             {"Wat betekent \"tussen de regels door lezen\"?",
              "begrijpen wat niet letterlijk wordt gezegd",
              {"snel lezen", "iets overslaan"},
              "Je snapt wat er bedoeld wordt."},
             {"Wat betekent \"een oogje in het zeil houden\"?",
              "opletten dat alles goed gaat",
              {"niet goed kunnen zien", "gaan zeilen"},
              "Je houdt toezicht."},
             {"Wat betekent \"door de mand vallen\"?",
              "betrapt worden",
              {"flauwvallen", "ergens doorheen zakken"},
              "Je smoesje of bedrog wordt ontdekt."},
             {"Wat betekent \"iemand een hart onder de riem steken\"?",
              "iemand moed geven",
              {"iemand verraden", "iemand uitlachen"},
              "Je bemoedigt iemand."},
             {"Wat betekent \"water bij de wijn doen\"?",
              "toegeven om het eens te worden",
              {"een feest vieren", "liegen"},
              "Je sluit een compromis."},
         }},
        {"De persoonsvorm is het werkwoord dat verandert als je de zin in een andere tijd of in het meervoud "
         "zet.",
         {
             {"Wat is de persoonsvorm in: \u2018Morgen gaan wij naar het museum.\u2019?",
              "gaan",
              {"wij", "Morgen", "museum"},
              "Zet de zin in de verleden tijd: gingen."},
             {"Wat is de persoonsvorm in: \u2018Mijn zus heeft een nieuwe fiets gekocht.\u2019?",
              "heeft",
              {"gekocht", "zus", "fiets"},
              "Verleden tijd: had; gekocht verandert niet."},
             {"Wat is de persoonsvorm in: \u2018Wanneer begint de film?\u2019?",
              "begint",
              {"film", "Wanneer"},
              "Verleden tijd: begon."},
             {"Wat is de persoonsvorm in: \u2018De leerlingen werken hard aan hun project.\u2019?",
              "werken",
              {"leerlingen", "hard", "project"},
              "Verleden tijd: werkten."},
             {"Wat is de persoonsvorm in: \u2018Hij wil later piloot worden.\u2019?",
              "wil",
              {"worden", "Hij", "piloot"},
              "Verleden tijd: wilde; worden blijft hetzelfde."},
             {"Wat is de persoonsvorm in: \u2018Na school speelden de kinderen buiten.\u2019?",
              "speelden",
              {"kinderen", "buiten", "school"},
              "Tegenwoordige tijd: spelen."},
             {"Wat is de persoonsvorm in: \u2018Ben jij al klaar met je huiswerk?\u2019?",
              "Ben",
              {"klaar", "jij", "huiswerk"},
              "Verleden tijd: was."},
             {"Wat is de persoonsvorm in: \u2018Volgend jaar gaat mijn broer studeren.\u2019?",
              "gaat",
              {"studeren", "broer", "jaar"},
              "Verleden tijd: ging."},
             {"Wat is de persoonsvorm in: \u2018Wij zijn gisteren naar de dierentuin geweest.\u2019?",
              "zijn",
              {"geweest", "Wij", "dierentuin"},
              "Enkelvoud: ik ben; geweest verandert niet."},
         }},
        {"Het onderwerp is wie of wat de handeling uitvoert; het past bij de persoonsvorm.",
         {
             {"Wat is het onderwerp in: \u2018Gisteren heeft mijn broer een fiets gekocht.\u2019?",
              "mijn broer",
              {"Gisteren", "een fiets", "heeft"},
              "Wie heeft een fiets gekocht? Mijn broer."},
             {"Wat is het onderwerp in: \u2018In de tuin speelt de hond met een bal.\u2019?",
              "de hond",
              {"de tuin", "een bal"},
              "Wie speelt? De hond."},
             {"Wat is het onderwerp in: \u2018Morgen komen mijn opa en oma op bezoek.\u2019?",
              "mijn opa en oma",
              {"Morgen", "bezoek"},
              "Wie komen? Mijn opa en oma."},
             {"Wat is het onderwerp in: \u2018Het huiswerk maakt Lisa altijd meteen.\u2019?",
              "Lisa",
              {"Het huiswerk", "altijd"},
              "Wie maakt het huiswerk? Lisa."},
             {"Wat is het onderwerp in: \u2018Waarom lacht die jongen zo hard?\u2019?",
              "die jongen",
              {"Waarom", "hard"},
              "Wie lacht? Die jongen."},
             {"Wat is het onderwerp in: \u2018Na de pauze begint de les weer.\u2019?",
              "de les",
              {"de pauze", "weer"},
              "Wat begint? De les."},
             {"Wat is het onderwerp in: \u2018Deze film vinden wij erg spannend.\u2019?",
              "wij",
              {"Deze film", "spannend"},
              "Wie vinden? Wij (de persoonsvorm vinden past bij wij)."},
             {"Wat is het onderwerp in: \u2018Elke zaterdag traint het team van mijn zus.\u2019?",
              "het team van mijn zus",
              {"mijn zus", "Elke zaterdag"},
              "Wie traint? Het team van mijn zus."},
             {"Wat is het onderwerp in: \u2018Vanavond eten we pannenkoeken.\u2019?",
              "we",
              {"pannenkoeken", "Vanavond"},
              "Wie eten? We."},
         }},
        {"Bij het-woorden zeg je \u2018dit\u2019 of \u2018dat\u2019, bij de-woorden \u2018deze\u2019 of "
         "\u2018die\u2019. Verkleinwoorden zijn altijd het-woorden.",
         {
             {"De of het: ___ meisje", "het", {"de"}, "Meisje is een verkleinwoord: het meisje."},
             {"De of het: ___ huis", "het", {"de"}, "Dit huis: het huis."},
             {"De of het: ___ tafel", "de", {"het"}, "Deze tafel: de tafel."},
             {"De of het: ___ boek", "het", {"de"}, "Dit boek: het boek."},
             {"De of het: ___ fiets", "de", {"het"}, "Deze fiets: de fiets."},
             {"De of het: ___ water", "het", {"de"}, "Dit water: het water."},
             {"De of het: ___ museum", "het", {"de"}, "Woorden op -um zijn het-woorden: het museum."},
             {"De of het: ___ stoel", "de", {"het"}, "Deze stoel: de stoel."},
             {"De of het: ___ probleem", "het", {"de"}, "Dit probleem: het probleem."},
             {"De of het: ___ school", "de", {"het"}, "Deze school: de school."},
         }},
    };
    return sections;
}

struct CourseOutline
{
    const char* title;
    const char* chapters[4];
    const char* sections[12];
    double difficulty[12];
};

const CourseOutline outlines[2] = {
    {"Rekenen",
     {"Getallen", "Breuken", "Procenten", "Verhoudingen"},
     {"Volgorde van bewerkingen", "Negatieve getallen", "Afronden", "Breuken vereenvoudigen",
      "Breuken optellen", "Breuk van een getal", "Procenten berekenen", "Korting", "Procentuele verandering",
      "Verhoudingstabellen", "Schaal", "Snelheid"},
     {-0.6, 0.0, -0.2, 0.2, 0.7, 0.1, 0.0, 0.2, 1.0, 0.3, 0.8, 0.6}},
    {"Taal",
     {"Werkwoorden", "Spelling", "Woordenschat", "Zinsontleding"},
     {"Tegenwoordige tijd", "Verleden tijd", "Voltooid deelwoord", "Meervoud", "Verkleinwoorden",
      "Hoofdletters", "Synoniemen", "Tegenstellingen", "Uitdrukkingen", "Persoonsvorm", "Onderwerp",
      "De of het"},
     {0.6, 0.5, 0.7, -0.4, -0.1, 0.1, -0.5, -0.6, 0.2, 0.0, 0.4, -0.9}},
};

const Generator rekenenGenerators[12] = {volgorde,        negatief,     afronden,  vereenvoudigen,
                                         breukenOptellen, breukVan,     procenten, korting,
                                         verandering,     verhoudingen, schaal,    snelheid};

void assignShares(Question& q, Random& r)
{
    // Geometric shares: the first (most tempting) mistake clearly dominates, by a varying margin.
    const double ratio = r.uniform(0.25, 0.55);
    double w = 1, total = 0;
    q.wrongShare.clear();
    for (size_t i = 0; i < q.wrongAnswers.size(); ++i, w *= ratio) {
        q.wrongShare.push_back(w);
        total += w;
    }
    for (double& s : q.wrongShare)
        s /= total;
}

Question makeQuestion(Draft&& d, Random& r)
{
    Question q;
    q.text = std::move(d.text);
    q.explanation = std::move(d.explanation);
    q.correctAnswers = d.correct;
    std::vector<std::string> display = d.correct;
    display.insert(display.end(), d.wrong.begin(), d.wrong.end());
    r.shuffle(display);
    for (const auto& w : d.wrong)
        q.wrongAnswers.push_back(int(std::find(display.begin(), display.end(), w) - display.begin()));
    q.answers = std::move(display);
    assignShares(q, r);
    return q;
}

} // namespace

Random::Random(quint64 seed, quint64 stream)
{
    quint64 state = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    for (auto& s : m_s)
        s = splitmix64(state);
}

Uuid Uuid::generate(Random& random)
{
    Uuid id{random.next(), random.next()};
    id.hi = (id.hi & ~0xf000ULL) | 0x4000ULL;                        // version 4
    id.lo = (id.lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant
    return id;
}

QUuid Uuid::toQUuid() const
{
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48),
                 uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
}

void Uuid::appendTo(std::string& out) const
{
    static const char hex[] = "0123456789abcdef";
    char buf[36];
    int at = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            buf[at++] = '-';
        const quint64 word = i < 16 ? hi : lo;
        buf[at++] = hex[(word >> (60 - 4 * (i % 16))) & 0xf];
    }
    out.append(buf, 36);
}

std::string Uuid::text() const
{
    std::string s;
    appendTo(s);
    return s;
}

std::string formatDecimal(qint64 scaled, int decimals)
{
    std::string out;
    if (scaled < 0) {
        out += '-';
        scaled = -scaled;
    }
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    out += num(scaled / unit);
    qint64 frac = scaled % unit;
    int digits = decimals;
    while (digits > 0 && frac % 10 == 0) {
        frac /= 10;
        --digits;
    }
    if (digits > 0) {
        std::string f = num(frac);
        out += ',';
        out.append(size_t(digits) - f.size(), '0');
        out += f;
    }
    return out;
}

Catalogue buildCatalogue(Random& random)
{
    Catalogue cat;
    for (int c = 0; c < 2; ++c) {
        const CourseOutline& outline = outlines[c];
        Course course{Uuid::generate(random), outline.title, "nl", {}, {}};
        for (int ch = 0; ch < 4; ++ch) {
            Chapter chapter{Uuid::generate(random), outline.chapters[ch], {}};
            for (int s = 0; s < 3; ++s) {
                const int index = int(cat.sections.size());
                cat.sections.push_back(
                    Section{Uuid::generate(random), outline.sections[ch * 3 + s], c, ch, s, ch * 3 + s});
                chapter.sections.push_back(index);
                course.sections.push_back(index);
            }
            course.chapters.push_back(std::move(chapter));
        }
        cat.courses.push_back(std::move(course));
    }
    cat.renamedSection = 2; // Rekenen › Getallen › Afronden
    cat.renamedTitle = "Afronden en schatten";

    // Ids continue an older numbering, as in a catalogue that has been edited for years.
    int nextId = 401;
    for (int s = 0; s < int(cat.sections.size()); ++s) {
        const Section& section = cat.sections[s];
        const double base = outlines[section.course].difficulty[section.indexInCourse];
        std::vector<Draft> drafts;
        if (section.course == 0) {
            for (int attempt = 0; drafts.size() < 9 && attempt < 1000; ++attempt) {
                Draft d = rekenenGenerators[section.indexInCourse](random);
                if (!valid(d))
                    continue;
                const bool duplicate = std::any_of(drafts.begin(), drafts.end(),
                                                   [&](const Draft& other) { return other.text == d.text; });
                if (!duplicate)
                    drafts.push_back(std::move(d));
            }
        } else {
            const TaalSection& taal = taalSections()[section.indexInCourse];
            std::vector<int> order(taal.items.size());
            std::iota(order.begin(), order.end(), 0);
            random.shuffle(order);
            for (int i = 0; i < 8 && i < int(order.size()); ++i) {
                const Item& item = taal.items[order[i]];
                Draft d{item.text, {item.correct}, {}, std::string(taal.rule) + " " + item.why};
                d.wrong.assign(item.wrong.begin(), item.wrong.end());
                if (valid(d))
                    drafts.push_back(std::move(d));
            }
        }
        for (Draft& d : drafts) {
            Question q = makeQuestion(std::move(d), random);
            q.id = nextId;
            nextId += random.chance(0.15) ? random.between(2, 4) : 1;
            q.section = s;
            q.difficulty = base + 0.45 * random.normal();
            cat.questions.push_back(std::move(q));
        }
    }
    // A few drafts are still being worked on: written, never published.
    for (int left = 3; left > 0;) {
        Question& q = cat.questions[random.below(quint32(cat.questions.size()))];
        if (q.publishedAtStart && cat.sections[q.section].course == 0) {
            q.publishedAtStart = false;
            --left;
        }
    }
    return cat;
}

bool dropLeastChosenWrongAnswer(Question& q)
{
    if (q.wrongAnswers.size() < 3)
        return false;
    const int dropped = q.wrongAnswers.back();
    q.wrongAnswers.pop_back();
    q.answers.erase(q.answers.begin() + dropped);
    for (int& w : q.wrongAnswers)
        if (w > dropped)
            --w;
    const double gone = q.wrongShare.back();
    q.wrongShare.pop_back();
    for (double& s : q.wrongShare)
        s /= (1.0 - gone);
    return true;
}

} // namespace Rewind::demo
