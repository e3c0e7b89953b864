namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>The catalogue as the network agreed it; the Processes module keeps the database in line
/// after every migration; demo content and integrations may name its entries.</summary>
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
