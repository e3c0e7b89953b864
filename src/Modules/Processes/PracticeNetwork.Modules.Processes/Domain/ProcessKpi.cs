using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>A KPI of a process: part of the process (its owner's), measured in <see cref="KpiMeasurement"/> rows.</summary>
public sealed class ProcessKpi
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private ProcessKpi()
    {
    }
#pragma warning restore CS8618

    internal ProcessKpi(Guid id, KpiFields fields, DateTimeOffset now)
    {
        Id = id;
        CreatedAt = now;
        Set(fields);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Definition { get; private set; }

    public string Formula { get; private set; }

    public string Unit { get; private set; }

    public decimal? Baseline { get; private set; }

    public decimal? Target { get; private set; }

    public KpiDirection Direction { get; private set; }

    public KpiFrequency Frequency { get; private set; }

    public string DataSource { get; private set; }

    public string Owner { get; private set; }

    public Guid? NetworkKpiId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public KpiFields Fields => new(Name, Definition, Formula, Unit, Normal(Baseline), Normal(Target), Direction, Frequency, DataSource, Owner, NetworkKpiId);

    /// <summary>
    /// A number without the trailing zeros of the column's scale (PostgreSQL's numeric keeps them: 6.5000), so that
    /// every database shows 6.5.
    /// </summary>
    public static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal? Normal(decimal? value) => value is { } number ? Normal(number) : null;

    /// <summary>Whether <paramref name="value"/> reaches the target (null: the KPI has no target).</summary>
    public bool? Reaches(decimal value) => Target is not { } target ? null
        : Direction == KpiDirection.HigherIsBetter ? value >= target : value <= target;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Name), nameof(Definition), nameof(Formula), nameof(Unit), nameof(DataSource), nameof(Owner))]
    internal void Set(KpiFields fields)
    {
        var normal = Normalise(fields);
        Name = normal.Name;
        Definition = normal.Definition;
        Formula = normal.Formula;
        Unit = normal.Unit;
        Baseline = normal.Baseline;
        Target = normal.Target;
        Direction = normal.Direction;
        Frequency = normal.Frequency;
        DataSource = normal.DataSource;
        Owner = normal.Owner;
        NetworkKpiId = normal.NetworkKpiId;
    }

    public static KpiFields Normalise(KpiFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields with
        {
            Name = fields.Name.Trim(),
            Definition = fields.Definition.Trim(),
            Formula = fields.Formula.Trim(),
            Unit = fields.Unit.Trim(),
            DataSource = fields.DataSource.Trim(),
            Owner = fields.Owner.Trim(),
        };
    }
}
