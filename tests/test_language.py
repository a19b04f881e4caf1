"""The language check on short texts of our own: telegraphic English reports are English,
news in French, Spanish, Portuguese, Italian, German and Dutch is not."""

import pytest

from dragoman.ingest.language import guess_english

TELEGRAPHIC_ENGLISH = [
    "On 4 April 2021, two drone strikes reportedly hit farms near a village in Marib district. "
    "No fatalities nor injuries reported. Local sources blamed coalition aircraft for the strikes.",
    "Unidentified gunmen abducted five traders on the Kaduna-Abuja highway. Police sources confirmed "
    "the incident. Ransom demand reported. Military operation ongoing in surrounding forest areas.",
    "IED explosion targeting military vehicle near Gao. Two soldiers killed, three wounded. JNIM "
    "suspected. Road closed for several hours while security forces searched nearby villages.",
    "Around 300 teachers protested outside regional education office in Bulawayo demanding payment of "
    "salary arrears. Protest peaceful. Police monitored gathering. Union leaders addressed crowd.",
    "Clashes between Taliban fighters and ANDSF in Nahr-e Saraj district, Helmand. Heavy casualties "
    "claimed by both sides. Fighting continued overnight near checkpoints along main road.",
    "Security forces fired tear gas to disperse students blocking main road near campus in Kisumu. "
    "Several arrests. Students protesting fee increase. Classes suspended until further notice.",
]
FOREIGN = [
    "Le gouvernement a annoncé mardi une série de mesures pour les agriculteurs, qui ont bloqué les "
    "routes dans plusieurs régions du pays pour protester contre la hausse des prix du carburant.",
    "El gobierno anunció el martes una serie de medidas para los agricultores, que bloquearon las "
    "carreteras en varias regiones del país para protestar por el aumento de los precios.",
    "O governo anunciou na terça-feira uma série de medidas para os agricultores, que bloquearam as "
    "estradas em várias regiões do país para protestar contra o aumento dos preços do combustível.",
    "Il governo ha annunciato martedì una serie di misure per gli agricoltori, che hanno bloccato le "
    "strade in diverse regioni del paese per protestare contro l'aumento dei prezzi del carburante.",
    "Die Regierung hat am Dienstag eine Reihe von Maßnahmen für die Landwirte angekündigt, die in "
    "mehreren Regionen des Landes die Straßen blockiert hatten, um gegen die hohen Preise zu protestieren.",
    "De regering heeft dinsdag een reeks maatregelen voor de boeren aangekondigd, die in verschillende "
    "regio's van het land de wegen hadden geblokkeerd om te protesteren tegen de hoge prijzen.",
]


@pytest.mark.parametrize("text", TELEGRAPHIC_ENGLISH)
def test_telegraphic_english_reports_are_english(text):
    assert guess_english(text).english, guess_english(text).reason


@pytest.mark.parametrize("text", FOREIGN)
def test_news_in_other_european_languages_is_not_english(text):
    verdict = guess_english(text)
    assert not verdict.english, verdict.reason
