using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The Kärkölä office services project (Kärkölä with Loppi, Hausjärvi and Riihimäki, partner Hyria Koulutus,
/// 2019–2021): the three practices it produced, the partners' spin-offs, and Kärkölä's work in progress.
/// </summary>
internal static partial class DemoPracticeCatalog
{
    private static readonly ContactPerson KarkolaOfficeManager = Contact("Tuula Lehtinen", "Hallintopäällikkö", "tuula.lehtinen");
    private static readonly ContactPerson KarkolaProjectManager = Contact("Sanna Koivisto", "Projektipäällikkö", "sanna.koivisto");
    private static readonly ContactPerson HyriaTrainer = Contact("Jari Salminen", "Kouluttaja, Hyria Koulutus", "jari.salminen");
    private static readonly ContentLink ProjectReport = Link("Toimistopalvelujen kehittämishankkeen loppuraportti (2021)", "karkola/toimistopalvelut/loppuraportti");

    private static IReadOnlyList<DemoPractice> KarkolaProject =>
    [
        new()
        {
            Key = KarkolaTeamWorking,
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2021, 1, 18),
            Published = Day(2021, 2, 15),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Established,
            Evidence = EvidenceLevel.Evaluated,
            Title = "Tiimityö kunnan toimistopalveluissa",
            Summary = "Kärkölän toimistopalvelut siirtyivät yksin tehdyistä tehtävistä kolmen tiimin malliin, jossa työt jaetaan yhteisestä työjonosta ja jokaiselle tehtävälle on nimetty varahenkilö. Sijaistukset sujuvat ja asiakas saa vastauksen, vaikka tutuin työntekijä olisi poissa.",
            Need = """
                Pienen kunnan toimistotyö oli jakautunut **yhden hengen tehtäviksi**: laskutus, kokousasiakirjat, arkisto ja asiakasneuvonta olivat kukin yhden ihmisen hallussa. Lomat ja sairauspoissaolot pysäyttivät töitä, ja asiakkaat joutuivat odottamaan.

                Kehittämishankkeen tavoitteet olivat:

                - jokaiselle tehtävälle vähintään kaksi osaajaa
                - työkuorma tasaisemmaksi kuukauden sisällä
                - asiakkaan asia hoituu yhdellä yhteydenotolla.
                """,
            Solution = """
                Toimistopalvelut jaettiin kolmeen tiimiin: **asiakaspalvelu ja neuvonta**, **talous ja laskutus** sekä **hallinto ja kokoukset**. Tiimeillä on yhteinen sähköinen työjono, josta tehtävät otetaan työn alle aamupalaverissa.

                1. Jokainen tehtävä kuvattiin lyhyeksi ohjeeksi yhteiseen ohjepankkiin.
                2. Tehtäville nimettiin pää- ja varahenkilö, ja varahenkilö teki tehtävän ohjatusti vähintään kahdesti.
                3. Tiimit pitävät 15 minuutin aamupalaverin ja kerran kuussa tiimipäivän, jossa töitä jaetaan uudelleen.

                Hyria Koulutus valmensi tiimit ja esihenkilöt kolmessa työpajassa. Loppi, Hausjärvi ja Riihimäki kokeilivat samaa mallia omissa toimistoissaan.
                """,
            Results = """
                Hyria Koulutuksen arvioinnissa (kevät 2021) verrattiin tilannetta ennen ja jälkeen muutoksen:

                - tehtävät, joilla on vähintään kaksi osaajaa: **38 % → 92 %**
                - kesäloma-aikana siirtyneet laskutukset: 41 → 3
                - asiakkaan asia hoitui ensimmäisellä yhteydenotolla: 64 % → 86 %
                - henkilöstökyselyn väittämä ”työmäärä on kohtuullinen”: 2,9 → 3,8 (asteikko 1–5).

                Malli palkittiin vuonna 2021 alueellisena kehittämistekona.
                """,
            Resources = """
                Hankeaika 2019–2021, kokonaisbudjetti noin 120 000 euroa neljän kunnan kesken. Kärkölän osuus henkilöstön ajasta oli noin 40 työpäivää; valmennukset ostettiin Hyria Koulutukselta. Työjono toteutettiin kunnan olemassa olevalla asianhallintajärjestelmällä, joten uusia lisenssejä ei tarvittu.
                """,
            Conditions = """
                Malli sopii erityisesti alle 20 hengen toimistoille. Edellytyksiä ovat **esihenkilön sitoutuminen**, aikaa ohjeiden kirjoittamiseen (noin kaksi tuntia tehtävää kohden) ja yhteinen työjono, joka voi olla aluksi vaikka jaettu taulukko.
                """,
            Themes = [Theme.PeopleAndLeadership, Theme.CustomerService, Theme.FinanceAndAdministration],
            Tags = ["tiimityö", "toimistopalvelut", "varahenkilöt", "työjono", "pienet kunnat"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Residents],
            Contacts = [KarkolaOfficeManager, KarkolaProjectManager, HyriaTrainer],
            Links = [ProjectReport, Link("Tiimimallin ohjepankin malli", "karkola/toimistopalvelut/ohjepankki")],
            Awards = [new Award("Alueellinen kehittämisteko 2021", 2021, "Päijät-Hämeen kuntien kehittämisverkosto")],
        },
        new()
        {
            Key = KarkolaWorkLifeBalance,
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2021, 4, 6),
            Published = Day(2021, 5, 10),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Measured,
            Title = "Työn ja vapaa-ajan yhteensovittaminen ja itseohjautuvuuden työkalut",
            Summary = "Toimistohenkilöstö suunnittelee viikkonsa itse yhteisten pelisääntöjen puitteissa: joustava työaika, viikkosuunnitelma ja keskeytyksetön keskittymisaika. Kuormitus tasoittui ja ylityöt vähenivät kolmanneksella.",
            Need = """
                Tiimityöhön siirtyminen toi joustoa, mutta myös uuden kysymyksen: kuka päättää, mitä kukin tekee tänään? Henkilöstökyselyssä **kiire ja keskeytykset** olivat suurimmat kuormittajat, ja perheelliset toivoivat joustoa työaikoihin.

                Tavoitteena oli, että jokainen voi vaikuttaa työnsä järjestykseen ja työaikoihinsa ilman, että palvelu heikkenee.
                """,
            Solution = """
                Käyttöön otettiin kolme kevyttä työkalua:

                - **Viikkosuunnitelma**: maanantaina jokainen merkitsee yhteiseen kalenteriin tavoitteensa ja poissaolonsa.
                - **Keskittymisaika**: kaksi tuntia päivässä ilman puheluita ja viestejä; asiakaspalvelun hoitaa vuorossa oleva.
                - **Joustava työaika** 7–18 välillä, kun palveluaika 9–15 on katettu.

                Hyria Koulutuksen valmentajat ohjasivat itseohjautuvuuden työpajat, joissa sovittiin pelisäännöt ja käytiin läpi oman työn priorisointi.
                """,
            Results = """
                Seuranta vuoden ajalta (2020–2021):

                - ylityötunnit vähenivät **34 %**
                - lyhyet sairauspoissaolot vähenivät 4,1 päivästä 2,6 päivään henkilöä kohden
                - 9/11 työntekijää käyttää joustavaa työaikaa vähintään kerran viikossa
                - palveluajan kattavuus säilyi 100 prosentissa.
                """,
            Resources = "Kolme puolen päivän työpajaa (Hyria Koulutus) ja noin tunti viikossa esihenkilön aikaa ensimmäisen kolmen kuukauden ajan. Yhteinen kalenteri ja pikaviestin olivat jo käytössä.",
            Conditions = """
                Pelisäännöt on sovittava yhdessä ja kirjattava. Keskittymisaika onnistuu vain, jos asiakaspalvelun vuorot on järjestetty; pienimmissä toimistoissa vuorot voi jakaa naapuriyksikön kanssa.
                """,
            Themes = [Theme.PeopleAndLeadership, Theme.WellbeingAndHealth],
            Tags = ["itseohjautuvuus", "joustava työaika", "työhyvinvointi", "toimistopalvelut"],
            TargetGroups = [TargetGroup.MunicipalStaff],
            Contacts = [KarkolaOfficeManager, HyriaTrainer],
            Links = [ProjectReport, Link("Viikkosuunnitelman pohja", "karkola/toimistopalvelut/viikkosuunnitelma")],
        },
        new()
        {
            Key = KarkolaProcessStreamlining,
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2021, 8, 23),
            Published = Day(2021, 9, 20),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Established,
            Evidence = EvidenceLevel.Measured,
            Title = "Toimistopalvelujen prosessien sujuvoittaminen",
            Summary = "Kärkölä kuvasi toimistopalvelujensa kahdeksan keskeistä prosessia, poisti niistä päällekkäiset vaiheet ja siirsi paperilomakkeet sähköisiksi. Laskun käsittelyaika lyheni 12 päivästä 5 päivään.",
            Need = """
                Samoja tietoja kirjattiin useaan järjestelmään, ja paperilomakkeet kiersivät allekirjoitettavina talosta toiseen. Kukaan ei nähnyt koko prosessia alusta loppuun, joten pullonkaulat jäivät piiloon.
                """,
            Solution = """
                Prosessit käytiin läpi **työpajoissa tekijöiden kanssa** Loppi, Hausjärvi ja Riihimäki mukana vertailukohtana:

                1. Kuvattiin nykytila: vaiheet, tekijät, järjestelmät ja odotusajat.
                2. Jokaisesta vaiheesta kysyttiin: tarvitaanko tätä, ja voiko sen tehdä kerralla?
                3. Uusi prosessi kokeiltiin kuukauden ajan ja korjattiin palautteen perusteella.

                Kuvatut prosessit: ostolaskut, myyntilaskut, kokousasiakirjat, arkistointi, asiakasneuvonta, vuokrasopimukset, kuntalaisaloitteet ja henkilöstöhallinnon ilmoitukset.
                """,
            Results = """
                - ostolaskun käsittelyaika: **12 → 5 päivää**
                - paperilomakkeita käytössä: 23 → 4
                - kokousasiakirjojen valmistelu: noin 6 → 3,5 tuntia kokousta kohden
                - päällekkäisiä kirjauksia poistui arviolta 300 tuntia vuodessa.
                """,
            Resources = "Kahdeksan puolen päivän työpajaa ja noin 25 henkilötyöpäivää prosessien kuvaamiseen. Sähköiset lomakkeet tehtiin kunnan nykyisellä lomaketyökalulla.",
            Conditions = "Prosessien omistajat on nimettävä, ja kuvaukset on päivitettävä vähintään kerran vuodessa. Vertailu naapurikuntien kanssa auttoi näkemään, mikä on tarpeellista.",
            Themes = [Theme.FinanceAndAdministration, Theme.CustomerService, Theme.Digitalisation],
            Tags = ["prosessit", "prosessikuvaus", "laskutus", "sähköiset lomakkeet", "toimistopalvelut"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Residents, TargetGroup.Businesses],
            Contacts = [KarkolaProjectManager, KarkolaOfficeManager],
            Links = [ProjectReport, Link("Prosessikuvausten työpajamalli", "karkola/toimistopalvelut/prosessityopaja")],
        },
        new()
        {
            Key = "karkola-remote-work-rules",
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2022, 2, 14),
            Published = Day(2022, 3, 1),
            Language = "fi",
            Audience = Audience.Internal,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Etätyön pelisäännöt toimistopalveluissa",
            Summary = "Sisäinen ohje: milloin toimistossa ollaan paikan päällä, miten etäpäivät merkitään ja miten asiakaspalvelu katetaan.",
            Need = "Etätyö lisääntyi nopeasti, ja tiimit toivoivat yhteisiä sääntöjä, jotta palveluaika ja perehdytys eivät kärsi.",
            Solution = """
                - Tiimi on toimistolla yhtä aikaa **tiistaisin**.
                - Etäpäivät merkitään viikkosuunnitelmaan edellisellä viikolla.
                - Asiakaspalvelun vuorossa oleva on aina paikan päällä.
                - Uusi työntekijä tekee kolme ensimmäistä kuukautta pääosin toimistolla.
                """,
            Results = "Kysely kuuden kuukauden jälkeen: 10/11 pitää sääntöjä selkeinä. Palveluajan kattavuus säilyi.",
            Resources = "Kaksi tiimipalaveria sääntöjen sopimiseen.",
            Conditions = "Säännöt tarkistetaan kerran vuodessa tiimipäivässä.",
            Themes = [Theme.PeopleAndLeadership],
            Tags = ["etätyö", "pelisäännöt"],
            TargetGroups = [TargetGroup.MunicipalStaff],
            Contacts = [KarkolaOfficeManager],
        },
        new()
        {
            Key = "karkola-paper-archive",
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Archived,
            Created = Day(2019, 10, 7),
            Published = Day(2019, 11, 4),
            Archived = Day(2024, 2, 12),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Discontinued,
            Evidence = EvidenceLevel.Measured,
            Title = "Paperiarkiston vaiheittainen purku",
            Summary = "Päätösasiakirjat skannattiin vuosikerta kerrallaan ja paperiarkisto purettiin seulontasuunnitelman mukaan. Työ valmistui 2023, joten käytäntö on arkistoitu.",
            Need = "Kunnantalon arkistotilat olivat täynnä, ja asiakirjojen haku paperiarkistosta vei keskimäärin puoli tuntia.",
            Solution = """
                Arkisto käytiin läpi **vuosikerta kerrallaan**: pysyvästi säilytettävät digitoitiin, määräajan säilytettävät hävitettiin seulontasuunnitelman mukaan. Kesätyöntekijät tekivät skannauksen arkistosihteerin ohjauksessa.
                """,
            Results = "Arkistotilaa vapautui 140 hyllymetriä, ja asiakirjan haku kestää nyt alle kaksi minuuttia. Työ valmistui vuonna 2023.",
            Resources = "Kaksi kesätyöntekijää neljänä kesänä ja arkistosihteerin ohjaus, noin 15 000 euroa vuodessa.",
            Conditions = "Ajantasainen arkistonmuodostussuunnitelma ja sähköinen arkisto, johon digitoidut asiakirjat voi tallentaa.",
            Themes = [Theme.FinanceAndAdministration, Theme.Digitalisation],
            Tags = ["arkisto", "digitointi"],
            TargetGroups = [TargetGroup.MunicipalStaff],
            Contacts = [KarkolaOfficeManager],
        },
        new()
        {
            Key = "karkola-digital-mail",
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.InReview,
            Created = Day(2026, 10, 19),
            Moved = Day(2026, 11, 16),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Piloted,
            Evidence = EvidenceLevel.Measured,
            Title = "Saapuvan postin skannaus ja sähköinen jakelu",
            Summary = "Kunnantalolle saapuva kirjepost skannataan aamulla ja jaetaan asianhallintaan käsittelijöille. Pilotissa postin käsittelyaika lyheni kahdesta päivästä samaan päivään.",
            Need = "Paperipostia kierrätettiin kansioissa yksiköstä toiseen, ja etätyöpäivinä posti odotti pöydällä.",
            Solution = """
                Asiakaspalvelun vuorossa oleva avaa ja skannaa postin kello 10 mennessä. Skannatut kirjeet kirjataan asianhallintaan ja ohjataan käsittelijälle; alkuperäiset säilytetään kolme kuukautta.
                """,
            Results = "Kolmen kuukauden pilotti (elo–lokakuu 2026): 1 240 kirjettä, joista 96 % oli käsittelijällä saapumispäivänä.",
            Resources = "Olemassa oleva monitoimilaite ja noin 30 minuuttia päivässä asiakaspalvelun aikaa.",
            Conditions = "Asianhallintajärjestelmä, johon skannatut asiakirjat voi kirjata, ja sovittu menettely salassa pidettäville kirjeille.",
            Themes = [Theme.Digitalisation, Theme.FinanceAndAdministration],
            Tags = ["posti", "skannaus", "asianhallinta"],
            TargetGroups = [TargetGroup.MunicipalStaff],
            Contacts = [KarkolaOfficeManager],
        },
        new()
        {
            Key = "karkola-chat-service",
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            ReviewerEmail = KarkolaReviewer,
            Status = PublicationStatus.Draft,
            Created = Day(2026, 9, 28),
            Moved = Day(2026, 10, 27),
            ReviewComment = "Hyvä alku! Lisää tuloksiin pilotin luvut (yhteydenottojen määrä ja vastausajat) ja kerro resursseissa, kuka chatissa päivystää. Julkaistaan sen jälkeen.",
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Piloted,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Chat-neuvonta kunnan asiakaspalvelussa",
            Summary = "Kunnan verkkosivuilla on arkisin chat, jossa asiakaspalvelu vastaa kuntalaisten kysymyksiin.",
            Need = "Puhelinjonot ruuhkautuivat maanantaisin, ja moni kysymys oli lyhyt: aukioloajat, lomakkeet, laskun eräpäivä.",
            Solution = "Chat on auki arkisin 9–12. Yleisimpiin kysymyksiin on valmiit vastauspohjat.",
            Results = "Palaute on ollut hyvää.",
            Resources = string.Empty,
            Conditions = "Chat-työkalu ja sovitut päivystysvuorot.",
            Themes = [Theme.CustomerService, Theme.Digitalisation],
            Tags = ["chat", "asiakaspalvelu"],
            TargetGroups = [TargetGroup.Residents],
        },
        new()
        {
            Key = "karkola-substitute-pool",
            Municipality = "316",
            AuthorEmail = KarkolaAuthor,
            Status = PublicationStatus.Draft,
            Created = Day(2026, 11, 9),
            Language = "fi",
            Audience = Audience.Network,
            Stage = PracticeStage.Idea,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Yhteinen sijaispankki toimistotehtäviin naapurikuntien kanssa",
            Summary = "Idea: Kärkölä, Loppi, Hausjärvi ja Riihimäki kokoavat yhteisen listan toimistotehtävien sijaisista ja jakavat perehdytysaineiston.",
            Need = "Lyhyisiin sijaisuuksiin on vaikea löytää tekijää, joka tuntee kunnan järjestelmät.",
            Solution = """
                Luonnos:

                - yhteinen sijaislista ja perehdytysvideot
                - sama ohjepankin rakenne kaikissa kunnissa
                - sopimus sijaisten palkkauksesta kunnittain.
                """,
            Results = string.Empty,
            Resources = string.Empty,
            Conditions = string.Empty,
            Themes = [Theme.PeopleAndLeadership],
            Tags = ["sijaiset", "yhteistyö"],
            TargetGroups = [TargetGroup.MunicipalStaff],
        },
        new()
        {
            Key = "loppi-shared-forms",
            Municipality = "433",
            AuthorEmail = PartnerAuthor,
            Status = PublicationStatus.Published,
            Created = Day(2021, 5, 24),
            Published = Day(2021, 6, 14),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Yhteinen lomakepankki ja asiakaspalvelun vakiovastaukset",
            Summary = "Lopen asiakaspalvelu kokosi kaikki lomakkeet ja useimmin kysytyt kysymykset yhteen paikkaan. Neuvonnan vastaukset ovat nyt samat puhelimessa, tiskillä ja verkossa.",
            Need = "Samaan kysymykseen sai eri vastauksen sen mukaan, keneltä kysyi, ja lomakkeista oli liikkeellä vanhoja versioita.",
            Solution = """
                Kärkölän tiimimallista inspiroituneena Loppi kokosi **lomakepankin** (62 lomaketta) ja **vakiovastaukset** 40 yleisimpään kysymykseen. Jokaisella vastauksella on omistaja, joka tarkistaa sen puolen vuoden välein.
                """,
            Results = "Asiakaspalvelun mukaan siirrettyjen puheluiden määrä väheni selvästi; vanhoja lomakeversioita ei ole palautunut kevään 2021 jälkeen.",
            Resources = "Noin 15 työpäivää kokoamiseen ja tunti kuukaudessa ylläpitoon.",
            Conditions = "Verkkosivujen julkaisujärjestelmä, johon lomakkeet ja vastaukset voi koota.",
            Themes = [Theme.CustomerService],
            Tags = ["lomakkeet", "neuvonta", "toimistopalvelut"],
            TargetGroups = [TargetGroup.Residents, TargetGroup.MunicipalStaff],
            Contacts = [Contact("Minna Heikkilä", "Asiakaspalvelusihteeri", "minna.heikkila")],
            Links = [ProjectReport],
        },
        new()
        {
            Key = "hausjarvi-onboarding-checklist",
            Municipality = "086",
            AuthorEmail = PartnerAuthor,
            Status = PublicationStatus.Published,
            Created = Day(2021, 3, 8),
            Published = Day(2021, 3, 29),
            Language = "fi",
            Audience = Audience.Network,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Perehdytyksen tarkistuslista toimistotyöhön",
            Summary = "Hausjärven toimistopalveluiden perehdytys etenee neljän viikon tarkistuslistan mukaan, ja jokaisella uudella työntekijällä on nimetty perehdyttäjä.",
            Need = "Perehdytys oli kiinni siitä, kuka sattui olemaan paikalla, ja tärkeitä asioita unohtui.",
            Solution = """
                Tarkistuslista jakautuu viikoittain: **1. viikko** järjestelmät ja tunnukset, **2. viikko** oman tiimin tehtävät, **3. viikko** varahenkilötehtävät, **4. viikko** palautekeskustelu.
                """,
            Results = "Kaikki viisi vuonna 2021 aloittanutta kävivät listan läpi; palautekeskusteluissa perehdytystä pidettiin selkeänä.",
            Resources = "Perehdyttäjän aikaa noin 10 tuntia ensimmäisen kuukauden aikana.",
            Conditions = "Lista kannattaa tehdä yhdessä tiimin kanssa ja päivittää jokaisen perehdytyksen jälkeen.",
            Themes = [Theme.PeopleAndLeadership],
            Tags = ["perehdytys", "tarkistuslista", "toimistopalvelut"],
            TargetGroups = [TargetGroup.MunicipalStaff],
            Contacts = [Contact("Petri Laaksonen", "Hallintosihteeri", "petri.laaksonen")],
        },
        new()
        {
            Key = "riihimaki-invoice-approval",
            Municipality = "694",
            AuthorEmail = PartnerAuthor,
            Status = PublicationStatus.Published,
            Created = Day(2020, 10, 12),
            Published = Day(2020, 11, 9),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Established,
            Evidence = EvidenceLevel.Measured,
            Title = "Ostolaskujen sähköinen hyväksyntä mobiilissa",
            Summary = "Riihimäen esihenkilöt hyväksyvät ostolaskut puhelimella. Myöhässä maksettujen laskujen osuus laski 9 prosentista alle 2 prosenttiin.",
            Need = "Laskut odottivat hyväksyntää, kun esihenkilöt olivat kokouksissa tai matkoilla, ja viivästyskorkoja kertyi.",
            Solution = """
                Taloushallinnon järjestelmän mobiilihyväksyntä otettiin käyttöön kaikilla hyväksyjillä. Lisäksi:

                - muistutus lähtee, kun lasku on odottanut kolme päivää
                - jokaisella hyväksyjällä on nimetty varahyväksyjä
                - alle 500 euron toistuvat laskut hyväksytään tilauksen perusteella automaattisesti.
                """,
            Results = """
                - myöhässä maksetut laskut: **9,2 % → 1,7 %**
                - keskimääräinen hyväksyntäaika: 6,5 → 2,1 päivää
                - viivästyskorot: noin 11 000 → 1 800 euroa vuodessa.
                """,
            Resources = "Mobiilihyväksyntä sisältyi järjestelmän lisenssiin; koulutukseen kului noin tunti hyväksyjää kohden.",
            Conditions = "Taloushallinnon järjestelmä, jossa on mobiilihyväksyntä, ja ajantasaiset hyväksyjä- ja varahyväksyjälistat.",
            Themes = [Theme.FinanceAndAdministration, Theme.Digitalisation],
            Tags = ["ostolaskut", "hyväksyntä", "mobiili", "taloushallinto"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Businesses],
            Contacts = [Contact("Heli Mäkelä", "Taloussuunnittelija", "heli.makela")],
            Links = [Link("Hyväksyjän pikaohje", "riihimaki/ostolaskut/pikaohje")],
        },
    ];
}
