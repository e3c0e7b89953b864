using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Processes.Features.Kpis;
using PracticeNetwork.Modules.Processes.Features.WriteProcess;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Features.Import;

internal sealed class ImportProcessValidator : ProcessContentValidator<ImportProcess>
{
    public ImportProcessValidator() : base(command => command.Content)
    {
        RuleFor(command => command.Id).NotEmpty().OverridePropertyName("id");
        RuleFor(command => command.CreatedBy).NotEmpty().OverridePropertyName("createdBy");
        RuleFor(command => command.Kpis).NotNull().Must(kpis => kpis is null || kpis.Count <= ProcessLimits.MaxKpis).OverridePropertyName("kpis");
        RuleForEach(command => command.Kpis).ChildRules(kpi =>
        {
            kpi.RuleFor(item => item.Id).NotEmpty().OverridePropertyName("id");
            kpi.AddKpiRules(item => item.Fields);
            kpi.RuleFor(item => item.Measurements).Must((item, values) => values.All(value => value.Period.Frequency == item.Fields.Frequency)
                && values.Select(value => value.Period).Distinct().Count() == values.Count)
                .WithMessage("One value per period of the KPI's frequency.").OverridePropertyName("measurements");
        }).OverridePropertyName("kpis");
    }
}

/// <summary>Writes an imported process through the shared import path, then its KPIs' values (no events: they are history).</summary>
internal sealed class ImportProcessHandler(ContentImport<ProcessDescription, ProcessContent> import, ProcessesDbContext db) : ICommandHandler<ImportProcess, bool>
{
    public async ValueTask<bool> Handle(ImportProcess command, CancellationToken cancellationToken)
    {
        ProcessDescription? built = null;
        var created = await import.ImportAsync(command.Id, () => built = Build(command), command, cancellationToken).ConfigureAwait(false);
        if (!created || built is null)
        {
            return false;
        }

        foreach (var imported in command.Kpis)
        {
            var kpi = built.Kpi(imported.Id)!;
            db.Measurements.AddRange(imported.Measurements.Select(value =>
                new KpiMeasurement(built, kpi, value.Period, value.Value, null, value.RecordedBy, value.RecordedAt)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static ProcessDescription Build(ImportProcess command)
    {
        var process = new ProcessDescription(command.Id, command.Content, command.CreatedBy, command.CreatedAt);
        foreach (var kpi in command.Kpis)
        {
            process.AddKpi(kpi.Id, kpi.Fields, command.CreatedAt);
        }

        return process;
    }
}
