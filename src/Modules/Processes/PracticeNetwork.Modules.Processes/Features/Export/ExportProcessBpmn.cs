using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Diagrams;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Features.Export;

/// <summary>A process the reader may open, as a BPMN file a modeler opens and draws; its words in the reader's language.</summary>
internal sealed class ExportProcessBpmnHandler(ProcessesDbContext db, IReaderContext readers, IStringLocalizer<ProcessResource> texts)
    : IQueryHandler<ExportProcessBpmn, ProcessBpmn?>
{
    public async ValueTask<ProcessBpmn?> Handle(ExportProcessBpmn query, CancellationToken cancellationToken)
    {
        if (await db.ItemTheReaderMayOpenAsync<ProcessDescription>(readers.Current, query.ProcessId, evenDeleted: false, cancellationToken)
                .ConfigureAwait(false) is not { } process)
        {
            return null;
        }

        var xml = BpmnExport.Xml(process.Id, ProcessDiagramInput.Of(process.Content), BpmnTexts.From(texts));
        return new ProcessBpmn(FileName(process.Title) + ".bpmn", xml);
    }

    /// <summary>The title as a file name: letters and digits kept (ä and å too), the rest as dashes.</summary>
    private static string FileName(string title)
    {
        var name = new StringBuilder();
        foreach (var character in title.Normalize(NormalizationForm.FormC))
        {
            name.Append(char.IsLetterOrDigit(character) ? char.ToLower(character, CultureInfo.InvariantCulture) : '-');
        }

        var text = string.Join('-', name.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? "process" : text[..Math.Min(text.Length, 80)];
    }
}
