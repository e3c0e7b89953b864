using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Diagrams;

namespace PracticeNetwork.UnitTests;

/// <summary>Processes to draw and export: Espoo's sales invoice process, and the edge cases around it.</summary>
internal static class ProcessDiagramSamples
{
    /// <summary>Six steps in three roles that come back: the lanes, in first-appearance order, are finance, orderer, manager.</summary>
    public static ProcessDiagramInput SalesInvoices()
    {
        var steps = new[]
        {
            Step("Laskutusaineiston vastaanotto", "Taloushallinto", "Basware", "1 päivä"),
            Step("Asiatarkastus", "Tilaaja", "Basware", "3 päivää", "Tilaaja tarkastaa, että lasku vastaa tilausta."),
            Step("Laskun muodostus", "Taloushallinto", "SAP", "1 päivä"),
            Step("Hyväksyntä", "Esihenkilö", "Basware", "2 päivää"),
            Step("Täydennyspyyntö asiakkaalle", "Tilaaja", null, null),
            Step("Laskun lähetys ja kirjaus", "Taloushallinto", "SAP", "1 päivä"),
        };
        return new ProcessDiagramInput(
            "Myyntilaskutus", "Palvelu on toimitettu", "Lasku on lähetetty ja kirjattu", steps,
            [
                new Bottleneck("Hyväksyjät ovat lomalla heinäkuussa.", [steps[3].Id]),
                new Bottleneck("Tarkastus odottaa tilaajan vastausta.", [steps[1].Id, steps[4].Id]),
            ]);
    }

    public static ProcessDiagramInput WithSteps(params ProcessStep[] steps) =>
        new("Prosessi", "Alkaa", "Päättyy", steps, []);

    public static ProcessStep Step(string name, string lane, string? system = null, string? duration = null, string description = "") =>
        new(Guid.NewGuid(), name, description, lane, system, duration);
}
