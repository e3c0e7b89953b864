using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Processes measuring a network KPI of the catalogue, for the comparison and catalogue pages.</summary>
internal static class KpiComparisons
{
    /// <summary>A KPI that measures <paramref name="definition"/> as the catalogue defines it.</summary>
    public static KpiFields KpiOf(NetworkKpiDefinition definition, decimal? target = null) => new(
        definition.NameFi, "Verkoston yhteinen määritelmä.", "Katso verkoston mittaristo", definition.Unit, null, target,
        definition.Direction, definition.Frequency, "Raportti", "Prosessin omistaja", definition.Id);

    /// <summary>The first periods of 2024 (years from 2020) of the frequency, one per value.</summary>
    public static IReadOnlyList<KpiPeriod> Periods(KpiFrequency frequency, int count) =>
        [.. Enumerable.Range(0, count).Select(index => frequency switch
        {
            KpiFrequency.Monthly => KpiPeriod.Month(2024, index + 1),
            KpiFrequency.Quarterly => KpiPeriod.Quarter(2024 + (index / 4), (index % 4) + 1),
            _ => KpiPeriod.OfYear(2020 + index),
        })];

    /// <summary>
    /// A process of <paramref name="code"/> titled <paramref name="title"/>, published for <paramref name="audience"/>
    /// unless a draft, with a KPI of <paramref name="definition"/> measured with <paramref name="values"/> from the first period on.
    /// </summary>
    public static async Task<MeasuredProcess> ComparedProcessAsync(
        this PracticeNetworkFactory factory, string code, NetworkKpiDefinition definition, string title, Audience audience = Audience.Network,
        bool publish = true, decimal? target = null, params decimal[] values)
    {
        var author = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(code, MunicipalityRoles.Reviewer);
        var id = await factory.SendAsync(author, new CreateProcess(Processes.SampleContent(audience, title)));
        var version = 0;
        if (publish)
        {
            version = await factory.SendAsync(author, new TakeProcessStep(id, WorkflowStep.SubmitForReview, version));
            version = await factory.SendAsync(reviewer, new TakeProcessStep(id, WorkflowStep.Publish, version));
        }

        var kpi = await factory.SendAsync(author, new AddKpi(id, KpiOf(definition, target), version));
        if (values.Length > 0)
        {
            var periods = Periods(definition.Frequency, values.Length);
            await factory.SendAsync(author, new RecordMeasurements(id, kpi.KpiId,
                [.. values.Select((value, index) => new MeasurementRow(index + 2, periods[index], value))], CorrectExisting: false));
        }

        return new MeasuredProcess(id, kpi.KpiId, kpi.Version, author, reviewer);
    }
}
