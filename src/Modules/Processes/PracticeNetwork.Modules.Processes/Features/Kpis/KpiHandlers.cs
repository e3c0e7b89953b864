using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Processes.Features.Kpis;

internal static class KpiFieldRules
{
    public static void AddKpiRules<T>(this AbstractValidator<T> validator, Func<T, KpiFields> fields)
    {
        validator.RuleFor(message => fields(message)).NotNull().OverridePropertyName("kpi");
        validator.When(message => fields(message) is not null, () =>
        {
            validator.RuleFor(message => fields(message).Name).NotEmpty().MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("name");
            validator.RuleFor(message => fields(message).Definition).NotEmpty().MaximumLength(ProcessLimits.KpiText).Printable().OverridePropertyName("definition");
            validator.RuleFor(message => fields(message).Formula).NotNull().MaximumLength(ProcessLimits.KpiText).Printable().OverridePropertyName("formula");
            validator.RuleFor(message => fields(message).Unit).NotEmpty().WithMessage("Give the unit, e.g. \"pv\", \"%\" or \"kpl\".")
                .MaximumLength(40).SingleLine().OverridePropertyName("unit");
            validator.RuleFor(message => fields(message).Direction).IsInEnum().OverridePropertyName("direction");
            validator.RuleFor(message => fields(message).Frequency).IsInEnum().OverridePropertyName("frequency");
            validator.RuleFor(message => fields(message).Baseline).Must(Plausible).WithMessage("Give a number between -1 000 000 000 and 1 000 000 000.")
                .OverridePropertyName("baseline");
            validator.RuleFor(message => fields(message).Target).Must(Plausible).WithMessage("Give a number between -1 000 000 000 and 1 000 000 000.")
                .OverridePropertyName("target");
            validator.RuleFor(message => fields(message).DataSource).NotNull().MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("dataSource");
            validator.RuleFor(message => fields(message).Owner).NotNull().MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("owner");
        });
    }

    public static bool Plausible(decimal? value) => value is null or (>= -1_000_000_000m and <= 1_000_000_000m);

    /// <summary>A KPI that names a network definition measures the same thing in the same way: its unit, direction and frequency.</summary>
    public static void EnsureMatches(KpiFields fields, NetworkKpi? network)
    {
        if (fields.NetworkKpiId is null)
        {
            return;
        }

        if (network is null)
        {
            throw RequestValidationException.For("networkKpi", "No such KPI in the network's catalogue.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.Equals(fields.Unit.Trim(), network.Unit, StringComparison.OrdinalIgnoreCase))
        {
            errors["unit"] = [$"The network KPI \"{network.NameFi}\" is measured in {network.Unit}."];
        }

        if (fields.Direction != network.Direction)
        {
            errors["direction"] = ["The direction must be the network KPI's."];
        }

        if (fields.Frequency != network.Frequency)
        {
            errors["frequency"] = ["The frequency must be the network KPI's."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }
}

internal sealed class AddKpiValidator : AbstractValidator<AddKpi>
{
    public AddKpiValidator() => this.AddKpiRules(command => command.Fields);
}

internal sealed class UpdateKpiValidator : AbstractValidator<UpdateKpi>
{
    public UpdateKpiValidator() => this.AddKpiRules(command => command.Fields);
}

internal sealed class AddKpiHandler(KpiWork work) : ICommandHandler<AddKpi, KpiSaved>
{
    public async ValueTask<KpiSaved> Handle(AddKpi command, CancellationToken cancellationToken)
    {
        var network = await work.NetworkKpiAsync(command.Fields.NetworkKpiId, cancellationToken).ConfigureAwait(false);
        var id = Guid.Empty;
        var version = await work.RunAsync(command.ProcessId, command.Version, "kpis", change =>
        {
            KpiFieldRules.EnsureMatches(command.Fields, network);
            if (change.Process.Kpis.Count >= ProcessLimits.MaxKpis)
            {
                throw RequestValidationException.For("name", $"A process has at most {ProcessLimits.MaxKpis} KPIs.");
            }

            id = change.Process.AddKpi(command.Fields, change.Now).Id;
            return Task.FromResult<IEnumerable<ContentEvent>>([]);
        }, cancellationToken).ConfigureAwait(false);
        return new KpiSaved(id, version);
    }
}

/// <summary>Changing a KPI's frequency would reread its periods: refused while it has values.</summary>
internal sealed class UpdateKpiHandler(KpiWork work, ProcessesDbContext db) : ICommandHandler<UpdateKpi, int>
{
    public async ValueTask<int> Handle(UpdateKpi command, CancellationToken cancellationToken)
    {
        var network = await work.NetworkKpiAsync(command.Fields.NetworkKpiId, cancellationToken).ConfigureAwait(false);
        return await work.RunAsync(command.ProcessId, command.Version, "kpis", async change =>
        {
            var kpi = KpiWork.KpiOf(change.Process, command.KpiId);
            KpiFieldRules.EnsureMatches(command.Fields, network);
            if (command.Fields.Frequency != kpi.Frequency
                && await db.Measurements.AnyAsync(measurement => measurement.KpiId == kpi.Id, cancellationToken).ConfigureAwait(false))
            {
                throw RequestValidationException.For("frequency", "The KPI already has values for its periods; its frequency cannot change. Add a new KPI instead.");
            }

            kpi.Set(command.Fields);
            return [];
        }, cancellationToken).ConfigureAwait(false);
    }
}

internal sealed class RemoveKpiHandler(KpiWork work, ProcessesDbContext db) : ICommandHandler<RemoveKpi, int>
{
    public async ValueTask<int> Handle(RemoveKpi command, CancellationToken cancellationToken) =>
        await work.RunAsync(command.ProcessId, command.Version, "kpis", async change =>
        {
            var kpi = KpiWork.KpiOf(change.Process, command.KpiId);
            var measurements = await db.Measurements.Where(measurement => measurement.KpiId == kpi.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var corrections = await db.Corrections.Where(correction => correction.KpiId == kpi.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            db.Measurements.RemoveRange(measurements);
            db.Corrections.RemoveRange(corrections);
            change.Process.RemoveKpi(kpi, change.Now);
            return [];
        }, cancellationToken).ConfigureAwait(false);
}
