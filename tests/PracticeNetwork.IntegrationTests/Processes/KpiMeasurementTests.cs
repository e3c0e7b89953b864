using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using static PracticeNetwork.IntegrationTests.Processes;

namespace PracticeNetwork.IntegrationTests;

/// <summary>KPIs and their values: validation, one value per period, corrections that keep the earlier value, uploads all or nothing, and events.</summary>
public sealed class KpiMeasurementTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_value_per_period_is_recorded_and_a_second_one_for_the_same_period_is_a_conflict()
    {
        var process = await factory.MeasuredProcessAsync();

        var saved = await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 3), 7.5m));
        var twice = await Assert.ThrowsAsync<ConflictException>(() =>
            factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 3), 6m)));

        Assert.Equal((Month(2024, 3), 7.5m, false), (saved.Period, saved.Value, saved.IsCorrection));
        Assert.Equal("PeriodMeasured", twice.Code);
        var kpi = Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis);
        Assert.Equal(7.5m, Assert.Single(kpi.Measurements).Value);
    }

    [Fact]
    public async Task A_correction_replaces_the_value_and_the_history_keeps_the_earlier_one_and_a_stale_correction_is_refused()
    {
        var process = await factory.MeasuredProcessAsync();
        var first = await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 4), 9m, "alustava"));

        var corrected = await factory.SendAsync(process.Reviewer, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 4), 6.5m, "tarkistettu", first.Version));
        await Assert.ThrowsAsync<ConflictException>(() =>
            factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 4), 1m, null, first.Version)));

        Assert.True(corrected.IsCorrection);
        var history = await factory.SendAsync(process.Author, new GetMeasurementHistory(process.Id, process.KpiId, Month(2024, 4)));
        Assert.Equal([(6.5m, "tarkistettu", true), (9m, "alustava", false)], history!.Select(entry => (entry.Value, entry.Note, entry.IsCurrent)));
        var value = Assert.Single(Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements);
        Assert.Equal((6.5m, 1), (value.Value, value.Corrections));
    }

    [Fact]
    public async Task An_upload_with_a_period_that_already_has_a_value_saves_nothing_unless_corrections_are_asked_for()
    {
        var process = await factory.MeasuredProcessAsync();
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 2), 8m));
        MeasurementRow[] rows = [new(2, Month(2024, 1), 8.5m), new(3, Month(2024, 2), 7m), new(4, Month(2024, 3), 6m)];

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new RecordMeasurements(process.Id, process.KpiId, rows, CorrectExisting: false)));
        var afterRefusal = Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements;
        var saved = await factory.SendAsync(process.Author, new RecordMeasurements(process.Id, process.KpiId, rows, CorrectExisting: true));

        Assert.Equal(["rows[1].period"], refused.Errors.Keys);
        Assert.Equal([(Month(2024, 2), 8m)], afterRefusal.Select(value => (value.Period, value.Value)));
        Assert.Equal(3, saved);
        var values = Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements;
        Assert.Equal([(Month(2024, 1), 8.5m, 0), (Month(2024, 2), 7m, 1), (Month(2024, 3), 6m, 0)], values.Select(value => (value.Period, value.Value, value.Corrections)));
    }

    [Fact]
    public async Task A_period_of_another_frequency_and_a_duplicate_row_are_refused_by_field()
    {
        var process = await factory.MeasuredProcessAsync();

        var quarter = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, KpiPeriod.Quarter(2024, 1), 5m)));
        var twice = await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(process.Author,
            new RecordMeasurements(process.Id, process.KpiId, [new(2, Month(2024, 5), 5m), new(3, Month(2024, 5), 6m)], CorrectExisting: false)));

        Assert.Equal(["period"], quarter.Errors.Keys);
        Assert.Equal(["rows"], twice.Errors.Keys);
        Assert.Empty(Assert.Single((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis).Measurements);
    }

    [Fact]
    public async Task A_KPI_linked_to_a_network_KPI_must_measure_it_in_the_same_unit_direction_and_frequency()
    {
        var process = await factory.MeasuredProcessAsync();
        var fields = SampleKpi() with { Unit = "%", Direction = KpiDirection.HigherIsBetter, Frequency = KpiFrequency.Quarterly };

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new AddKpi(process.Id, fields, process.Version)));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new AddKpi(process.Id, SampleKpi(network: Guid.NewGuid()), process.Version)));
        var blank = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new AddKpi(process.Id, SampleKpi() with { Name = " ", Unit = "", Direction = (KpiDirection)9 }, process.Version)));

        Assert.Equal(["direction", "frequency", "unit"], refused.Errors.Keys.Order());
        Assert.Equal(["networkKpi"], unknown.Errors.Keys);
        Assert.Equal(["direction", "name", "unit"], blank.Errors.Keys.Order());
    }

    [Fact]
    public async Task The_frequency_of_a_KPI_with_values_cannot_change_and_removing_a_KPI_removes_its_values()
    {
        var process = await factory.MeasuredProcessAsync();
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 6), 5m));
        var own = SampleKpi(network: null) with { NetworkKpiId = null };
        var version = await factory.SendAsync(process.Author, new UpdateKpi(process.Id, process.KpiId, own, process.Version));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(process.Author, new UpdateKpi(process.Id, process.KpiId, own with { Frequency = KpiFrequency.Yearly }, version)));
        version = await factory.SendAsync(process.Reviewer, new RemoveKpi(process.Id, process.KpiId, version));

        Assert.Equal(["frequency"], refused.Errors.Keys);
        Assert.Empty((await factory.OpenProcessAsync(process.Author, process.Id))!.Kpis);
        Assert.Equal(0, await factory.ProcessTablesAsync(db => Task.FromResult(db.Measurements.Count(measurement => measurement.KpiId == process.KpiId))));
        Assert.True(version > process.Version);
    }

    [Fact]
    public async Task Values_of_a_published_process_write_measured_events_and_crossing_the_target_writes_reached_and_missed()
    {
        var process = await factory.MeasuredProcessAsync(target: 5m);

        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 7m));
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 2), 4.5m));
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 3), 4m));
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 4), 6m));
        await factory.SendAsync(process.Author, new RecordMeasurement(process.Id, process.KpiId, Month(2023, 12), 3m));

        // One group per save: the events of one change are written together, in no order among themselves.
        var saves = (await factory.ProcessOutboxAsync(process.Id)).Where(message => message.Type.StartsWith("process.kpi", StringComparison.Ordinal))
            .GroupBy(message => message.OccurredAt).Select(save => string.Join(" + ", save.Select(message => message.Type).Order()));
        Assert.Equal([
            "process.kpi-measured",
            "process.kpi-measured + process.kpi-target-reached",
            "process.kpi-measured",
            "process.kpi-measured + process.kpi-target-missed",
            "process.kpi-measured",
        ], saves);
    }

    [Fact]
    public async Task Values_of_a_draft_write_no_events_and_a_refused_upload_writes_none()
    {
        var draft = await factory.MeasuredProcessAsync(publish: false);
        var published = await factory.MeasuredProcessAsync();
        await factory.SendAsync(published.Author, new RecordMeasurement(published.Id, published.KpiId, Month(2024, 1), 7m));

        await factory.SendAsync(draft.Author, new RecordMeasurement(draft.Id, draft.KpiId, Month(2024, 1), 7m));
        await Assert.ThrowsAsync<RequestValidationException>(() => factory.SendAsync(published.Author,
            new RecordMeasurements(published.Id, published.KpiId, [new(2, Month(2024, 2), 6m), new(3, Month(2024, 1), 6m)], CorrectExisting: false)));

        Assert.DoesNotContain(await factory.ProcessEventsAsync(draft.Id), type => type.StartsWith("process.kpi", StringComparison.Ordinal));
        Assert.Single(await factory.ProcessEventsAsync(published.Id), type => type == "process.kpi-measured");
    }

    [Fact]
    public async Task Only_the_owners_authors_and_reviewers_work_on_KPIs_a_viewer_is_refused_and_another_municipality_finds_nothing()
    {
        var process = await factory.MeasuredProcessAsync(code: "049", audience: Audience.Network);
        var viewer = await factory.ActorAsync("049", MunicipalityRoles.Viewer);
        var foreignAuthor = await factory.ActorAsync("316", MunicipalityRoles.Author | MunicipalityRoles.Reviewer);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync(viewer, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 1m)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            factory.SendAsync(foreignAuthor, new RecordMeasurement(process.Id, process.KpiId, Month(2024, 1), 1m)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            factory.SendAsync(foreignAuthor, new AddKpi(process.Id, SampleKpi(), process.Version)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            factory.SendAsync(foreignAuthor, new RemoveKpi(process.Id, process.KpiId, process.Version)));

        var details = await factory.OpenProcessAsync(foreignAuthor, process.Id);
        Assert.False(details!.Permissions.RecordMeasurements);
        Assert.Empty(Assert.Single(details.Kpis).Measurements);
    }
}
