using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>A process description was published (the publish step; a restore writes none).</summary>
[IntegrationEvent("process.published", 1)]
public sealed record ProcessPublished : ContentEvent;

/// <summary>A published process was changed in substance; <see cref="Fields"/> are the API names that changed.</summary>
[IntegrationEvent("process.updated", 1)]
public sealed record ProcessUpdated : ContentEvent
{
    public IReadOnlyList<string> Fields { get; init; } = [];
}

/// <summary>A published process was archived, or deleted (<see cref="Deleted"/>).</summary>
[IntegrationEvent("process.archived", 1)]
public sealed record ProcessArchived : ContentEvent
{
    public bool Deleted { get; init; }
}

/// <summary>The parts every KPI event carries: which KPI, its network definition, the period and the value.</summary>
public abstract record KpiEvent : ContentEvent
{
    public Guid KpiId { get; init; }

    public string KpiName { get; init; } = string.Empty;

    public Guid? NetworkKpiId { get; init; }

    /// <summary>The period as ISO writes it ("2024-03", "2024-Q1", "2024").</summary>
    public string Period { get; init; } = string.Empty;

    public decimal Value { get; init; }
}

/// <summary>A KPI of a published process got a value for a period, or a value was corrected (<see cref="IsCorrection"/>).</summary>
[IntegrationEvent("process.kpi-measured", 1)]
public sealed record KpiMeasured : KpiEvent
{
    public bool IsCorrection { get; init; }
}

/// <summary>The KPI's latest value reaches its target, and the value before it did not (or there was none).</summary>
[IntegrationEvent("process.kpi-target-reached", 1)]
public sealed record KpiTargetReached : KpiEvent
{
    public decimal Target { get; init; }
}

/// <summary>The KPI's latest value misses its target, and the value before it reached it.</summary>
[IntegrationEvent("process.kpi-target-missed", 1)]
public sealed record KpiTargetMissed : KpiEvent
{
    public decimal Target { get; init; }
}
