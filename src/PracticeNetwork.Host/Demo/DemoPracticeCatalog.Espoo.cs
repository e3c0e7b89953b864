using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>Espoo's finance services, developed with Laurea in spring 2020 (the process descriptions come later).</summary>
internal static partial class DemoPracticeCatalog
{
    private static readonly ContactPerson EspooFinanceManager = Contact("Anne Rantanen", "Talouspalvelupäällikkö", "anne.rantanen");

    private static IReadOnlyList<DemoPractice> EspooFinance =>
    [
        new()
        {
            Key = "espoo-sales-invoice-quality",
            Municipality = "049",
            AuthorEmail = EspooReviewer,
            ReviewerEmail = EspooReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2020, 5, 25),
            Published = Day(2020, 6, 15),
            Language = "fi",
            Audience = Audience.Public,
            Stage = PracticeStage.Established,
            Evidence = EvidenceLevel.Measured,
            Title = "Myyntilaskujen virheiden ennaltaehkäisy talouspalveluissa",
            Summary = "Espoon talouspalvelut seuraavat myyntilaskujen hyvityksiä kuukausittain ja korjaavat virheiden syyt laskutuksen lähteellä. Hyvitettävien laskujen osuus puolittui vuodessa.",
            Need = """
                Noin **4 %** myyntilaskuista jouduttiin hyvittämään ja laskuttamaan uudelleen. Jokainen korjaus vei aikaa sekä talouspalveluilta että asiakkaalta, ja asiakaspalveluun tuli laskuista toistuvasti samoja kysymyksiä.
                """,
            Solution = """
                Laurean opiskelijat kartoittivat keväällä 2020 hyvitysten syyt: väärä asiakastieto, vanhentunut hinta ja puuttuva viite. Sen pohjalta:

                1. Hyvitykset luokitellaan syyn mukaan.
                2. Syyt käydään kuukausittain läpi laskuttavien yksiköiden kanssa.
                3. Hinnastot ja asiakastiedot tarkistetaan ennen laskuajoa.

                Tunnusluku *hyvitettyjen laskujen osuus* näkyy talouspalvelujen kuukausiraportissa.
                """,
            Results = """
                - hyvitettyjen laskujen osuus: **4,1 % → 1,9 %** (kesä 2020 – kesä 2021)
                - laskuista tulleet asiakaspalvelukysymykset: −28 %
                - yleisin syy, vanhentunut hinta, lähes poistui hinnastojen tarkistuksella.
                """,
            Resources = "Laurean opiskelijaprojekti (kevät 2020) ja noin kaksi tuntia kuukaudessa analyytikon aikaa.",
            Conditions = "Hyvitysten syyt on kirjattava järjestelmään valintalistasta, muuten niitä ei voi seurata.",
            Themes = [Theme.FinanceAndAdministration, Theme.CustomerService],
            Tags = ["myyntilaskut", "hyvitykset", "tunnusluvut", "Laurea"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Residents, TargetGroup.Businesses],
            Contacts = [EspooFinanceManager, Contact("Olli Nieminen", "Lehtori, Laurea-ammattikorkeakoulu", "olli.nieminen")],
            Links = [Link("Opiskelijaprojektin raportti: myyntilaskutuksen virheet", "espoo/talouspalvelut/myyntilaskut-raportti")],
        },
        new()
        {
            Key = "espoo-quarterly-closing",
            Municipality = "049",
            AuthorEmail = EspooReviewer,
            ReviewerEmail = EspooReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2020, 8, 31),
            Published = Day(2020, 9, 21),
            Language = "fi",
            Audience = Audience.Network,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Measured,
            Title = "Neljännesvuosisulkemisen tarkistuslista ja aikataulu",
            Summary = "Neljännesvuoden kirjanpidon sulkeminen tehdään yhteisen tarkistuslistan ja päiväkohtaisen aikataulun mukaan. Sulkeminen lyheni kymmenestä työpäivästä kuuteen.",
            Need = "Sulkemisen vaiheet olivat muutaman kokeneen ihmisen muistissa, ja raportit valmistuivat johtoryhmälle myöhässä.",
            Solution = """
                Sulkeminen kuvattiin **päiväkohtaiseksi aikatauluksi** (P1–P6) ja tarkistuslistaksi, jossa jokaisella tehtävällä on tekijä ja varahenkilö. Eteneminen näkyy yhteisellä taululla, ja poikkeamat käsitellään päivittäisessä 10 minuutin palaverissa.
                """,
            Results = "Sulkemisen kesto: 10 → 6 työpäivää. Raportit ovat olleet johtoryhmällä aikataulussa kaikilla neljänneksillä syksystä 2020.",
            Resources = "Noin viisi työpäivää kuvaamiseen; ylläpito osana normaalia työtä.",
            Conditions = "Toimii parhaiten, kun sulkemisen tehtävät on jo osittain automatisoitu taloushallinnon järjestelmässä.",
            Themes = [Theme.FinanceAndAdministration],
            Tags = ["kirjanpito", "sulkeminen", "tarkistuslista"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.DecisionMakers],
            Contacts = [EspooFinanceManager],
        },
    ];
}
