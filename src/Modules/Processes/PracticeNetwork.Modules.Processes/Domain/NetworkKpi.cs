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

/// <summary>The catalogue as the network agreed it; <see cref="Data.NetworkKpiSeeder"/> keeps the database in line.</summary>
public static class NetworkKpiCatalogue
{
    public static readonly NetworkKpiDefinition SalesInvoiceProcessingTime = new(
        new Guid("6f1c2a10-0b1e-4c55-9a55-3a0f3e1b0001"), "sales-invoice-processing-days",
        "Myyntilaskun käsittelyaika", "Handläggningstid för kundfakturor", "Sales invoice processing time",
        "pv", KpiDirection.LowerIsBetter, KpiFrequency.Monthly);

    public static readonly NetworkKpiDefinition OrderReceiptProcessingTime = new(
        new Guid("6f1c2a10-0b1e-4c55-9a55-3a0f3e1b0002"), "order-receipt-processing-days",
        "Tilauksen vastaanoton käsittelyaika", "Handläggningstid för mottagna beställningar", "Order receipt processing time",
        "pv", KpiDirection.LowerIsBetter, KpiFrequency.Monthly);

    public static readonly NetworkKpiDefinition QuarterlyClosingTime = new(
        new Guid("6f1c2a10-0b1e-4c55-9a55-3a0f3e1b0003"), "quarterly-closing-working-days",
        "Kvartaalitilinpäätöksen läpimenoaika", "Genomloppstid för kvartalsbokslut", "Quarterly closing lead time",
        "työpäivää", KpiDirection.LowerIsBetter, KpiFrequency.Quarterly);

    public static readonly NetworkKpiDefinition CustomerServiceFirstContactResolution = new(
        new Guid("6f1c2a10-0b1e-4c55-9a55-3a0f3e1b0004"), "customer-service-first-contact-resolution",
        "Asiakaspalvelun ensikontaktiratkaisuaste", "Andel ärenden lösta vid första kontakten", "Customer service first-contact resolution",
        "%", KpiDirection.HigherIsBetter, KpiFrequency.Monthly);

    public static readonly NetworkKpiDefinition PurchaseInvoiceProcessingTime = new(
        new Guid("6f1c2a10-0b1e-4c55-9a55-3a0f3e1b0005"), "purchase-invoice-processing-days",
        "Ostolaskun käsittelyaika", "Handläggningstid för leverantörsfakturor", "Purchase invoice processing time",
        "pv", KpiDirection.LowerIsBetter, KpiFrequency.Monthly);

    public static IReadOnlyList<NetworkKpiDefinition> All { get; } =
    [
        SalesInvoiceProcessingTime, OrderReceiptProcessingTime, QuarterlyClosingTime, CustomerServiceFirstContactResolution, PurchaseInvoiceProcessingTime,
    ];
}
