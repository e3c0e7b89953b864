using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>A definition in the network's shared KPI catalogue: reference data, the same for every municipality.</summary>
public sealed class NetworkKpi
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    private NetworkKpi()
    {
    }
#pragma warning restore CS8618

    internal NetworkKpi(NetworkKpiDefinition definition)
    {
        Id = definition.Id;
        Update(definition);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string NameEn { get; private set; }

    public string Unit { get; private set; }

    public KpiDirection Direction { get; private set; }

    public KpiFrequency Frequency { get; private set; }

    public NetworkKpiDefinition Definition => new(Id, Code, NameFi, NameSv, NameEn, Unit, Direction, Frequency);

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Code), nameof(NameFi), nameof(NameSv), nameof(NameEn), nameof(Unit))]
    internal void Update(NetworkKpiDefinition definition)
    {
        (Code, NameFi, NameSv, NameEn, Unit) = (definition.Code, definition.NameFi, definition.NameSv, definition.NameEn, definition.Unit);
        (Direction, Frequency) = (definition.Direction, definition.Frequency);
    }
}
