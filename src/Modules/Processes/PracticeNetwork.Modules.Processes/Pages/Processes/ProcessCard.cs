using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>A process in a list, with its owner municipality; drafts and reviews are badged where the list shows them.</summary>
public sealed record ProcessCard(ProcessSummary Process, MunicipalitySummary? Owner, bool ShowPublication = false);
