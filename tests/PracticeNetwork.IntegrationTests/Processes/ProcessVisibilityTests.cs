using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using static PracticeNetwork.IntegrationTests.Processes;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Who sees a process, its KPIs and their values: in one item, in the list and its count, and in the comparison of a network KPI.</summary>
public sealed class ProcessVisibilityTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task The_comparison_of_a_network_KPI_holds_only_the_series_the_reader_may_open()
    {
        var espooInternal = await factory.MeasuredProcessAsync("049", Audience.Internal);
        var vantaaNetwork = await factory.MeasuredProcessAsync("092", Audience.Network);
        var turkuPublic = await factory.MeasuredProcessAsync("853", Audience.Public);
        var draft = await factory.MeasuredProcessAsync("091", Audience.Public, publish: false);
        foreach (var process in new[] { espooInternal, vantaaNetwork, turkuPublic, draft })
        {
            await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 6m));
        }

        var espooViewer = await factory.ActorAsync("049", MunicipalityRoles.Viewer);
        var vantaaViewer = await factory.ActorAsync("092", MunicipalityRoles.Viewer);
        var network = NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id;

        async Task<Guid[]> Seen(Actor? reader) =>
            [.. (await factory.SendAsync(reader, new CompareNetworkKpi(network)))!.Series.Select(series => series.ProcessId)
                .Where(id => id == espooInternal.Id || id == vantaaNetwork.Id || id == turkuPublic.Id || id == draft.Id)];

        Assert.Equal(new[] { espooInternal.Id, vantaaNetwork.Id, turkuPublic.Id }.Order(), (await Seen(espooViewer)).Order());
        Assert.Equal(new[] { vantaaNetwork.Id, turkuPublic.Id }.Order(), (await Seen(vantaaViewer)).Order());
        Assert.Equal([turkuPublic.Id], await Seen(null));
    }

    [Fact]
    public async Task A_foreign_members_list_count_and_single_reads_leave_out_another_municipalitys_internal_process_and_drafts()
    {
        var internalOne = await factory.MeasuredProcessAsync("049", Audience.Internal);
        var draft = await factory.MeasuredProcessAsync("049", Audience.Public, publish: false);
        var foreign = await factory.ActorAsync("316", MunicipalityRoles.Author | MunicipalityRoles.Reviewer);
        var espoo = await factory.MunicipalityIdAsync("049");

        var list = await factory.SendAsync(foreign, new ListProcesses(new ProcessFilter([espoo]), 1, 100));

        Assert.DoesNotContain(list.Items, item => item.Id == internalOne.Id || item.Id == draft.Id);
        Assert.Equal(list.Items.Count, list.Total);
        Assert.Null(await factory.OpenProcessAsync(foreign, internalOne.Id));
        Assert.Null(await factory.OpenProcessAsync(foreign, draft.Id));
        Assert.Null(await factory.SendAsync(foreign, new GetMeasurementHistory(internalOne.Id, internalOne.KpiId, Month(2024, 1))));
        Assert.Null(await factory.SendAsync(foreign, new GetProcessHistory(internalOne.Id)));
        var own = await factory.SendAsync(internalOne.Author, new ListProcesses(new ProcessFilter([espoo], HasKpis: true), 1, 100));
        Assert.Contains(own.Items, item => item.Id == internalOne.Id && item.KpiCount == 1 && item.StepCount == 4);
    }

    [Fact]
    public async Task Filters_by_network_KPI_and_by_having_KPIs_find_the_right_processes()
    {
        var measured = await factory.MeasuredProcessAsync("049", Audience.Public);
        var author = await factory.ActorAsync("049", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("049", MunicipalityRoles.Reviewer);
        var bare = await factory.SendAsync(author, new CreateProcess(SampleContent(Audience.Public, "Tilausten vastaanotto")));
        var version = await factory.SendAsync(author, new TakeProcessStep(bare, WorkflowStep.SubmitForReview, 0));
        await factory.SendAsync(reviewer, new TakeProcessStep(bare, WorkflowStep.Publish, version));

        var withKpi = await factory.SendAsync(null, new ListProcesses(new ProcessFilter(NetworkKpiId: NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id), 1, 100));
        var withoutKpis = await factory.SendAsync(null, new ListProcesses(new ProcessFilter(HasKpis: false), 1, 100));
        var other = await factory.SendAsync(null, new ListProcesses(new ProcessFilter(NetworkKpiId: NetworkKpiCatalogue.QuarterlyClosingTime.Id), 1, 100));

        Assert.Contains(withKpi.Items, item => item.Id == measured.Id);
        Assert.DoesNotContain(withKpi.Items, item => item.Id == bare);
        Assert.Contains(withoutKpis.Items, item => item.Id == bare);
        Assert.DoesNotContain(withoutKpis.Items, item => item.Id == measured.Id);
        Assert.DoesNotContain(other.Items, item => item.Id == measured.Id);
    }
}
