namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>
/// The error codes of a measurement upload: each is a text key (<c>Csv.*</c> in ProcessResource) taking the error's
/// arguments. The limits are those of the module's CSV reader (MeasurementCsv).
/// </summary>
public static class MeasurementCsvErrors
{
    /// <summary>The file is larger than the reader takes (argument: the limit in kilobytes).</summary>
    public const string TooLarge = "Csv.TooLarge";

    /// <summary>The file holds nothing, not even a header row.</summary>
    public const string Empty = "Csv.Empty";

    /// <summary>The file is not text (a spreadsheet saved as .xlsx, for one).</summary>
    public const string NotText = "Csv.NotText";

    /// <summary>The header row does not name a column (arguments: the names it may have).</summary>
    public const string MissingColumn = "Csv.MissingColumn";

    /// <summary>Two header cells name the same column (argument: the second one).</summary>
    public const string DuplicateColumn = "Csv.DuplicateColumn";

    /// <summary>A header row but no measurements under it.</summary>
    public const string NoRows = "Csv.NoRows";

    /// <summary>More measurement rows than the reader takes (argument: the limit).</summary>
    public const string TooManyRows = "Csv.TooManyRows";

    /// <summary>A quotation mark opened and never closed: the rest of the file went into one cell.</summary>
    public const string UnclosedQuote = "Csv.UnclosedQuote";

    /// <summary>More cells than the header has, typically "12,5" unquoted in a comma-separated file.</summary>
    public const string ExtraColumns = "Csv.ExtraColumns";

    public const string MissingPeriod = "Csv.MissingPeriod";

    /// <summary>Not a period of the KPI's frequency (arguments: the text, examples of good ones).</summary>
    public const string BadPeriod = "Csv.BadPeriod";

    /// <summary>A period a row above already has (arguments: the period, the line of the first one).</summary>
    public const string DuplicatePeriod = "Csv.DuplicatePeriod";

    public const string MissingValue = "Csv.MissingValue";

    /// <summary>Not a number (argument: the text).</summary>
    public const string BadValue = "Csv.BadValue";

    /// <summary>A number too large or with too many decimals (arguments: the text, the decimals allowed).</summary>
    public const string ValueOutOfRange = "Csv.ValueOutOfRange";

    /// <summary>A note longer than the reader takes (argument: the limit).</summary>
    public const string NoteTooLong = "Csv.NoteTooLong";
}

/// <summary>What went wrong, as a text key (<see cref="MeasurementCsvErrors"/>) and the values the text is filled with.</summary>
public sealed record MeasurementCsvError(string Code, IReadOnlyList<string> Arguments)
{
    public static MeasurementCsvError Of(string code, params string[] arguments) => new(code, arguments);
}

/// <summary>
/// One measurement row of the file: its line (the line it starts on, counting the header), its text as written,
/// what was read from it and what is wrong with it.
/// </summary>
public sealed record MeasurementCsvRow(int Line, string RawText, KpiPeriod? Period, decimal? Value, string? Note, IReadOnlyList<MeasurementCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>A measurement ready to be saved.</summary>
public sealed record MeasurementCsvValue(KpiPeriod Period, decimal Value, string? Note);

/// <summary>
/// What an uploaded file would record, for the user to check before anything is saved. The file is acceptable only
/// as a whole: no file error, at least one row and no row with an error.
/// </summary>
public sealed record MeasurementCsvPreview(IReadOnlyList<MeasurementCsvError> FileErrors, IReadOnlyList<MeasurementCsvRow> Rows, char? Separator, string? Encoding)
{
    public bool IsAcceptable => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(row => row.IsValid);

    public IEnumerable<MeasurementCsvRow> RowsWithErrors => Rows.Where(row => !row.IsValid);

    /// <summary>Every row's measurement, for the command that saves them all or none.</summary>
    /// <exception cref="InvalidOperationException">The file is not acceptable.</exception>
    public IReadOnlyList<MeasurementCsvValue> Measurements() =>
        IsAcceptable
            ? [.. Rows.Select(row => new MeasurementCsvValue(row.Period!.Value, row.Value!.Value, row.Note))]
            : throw new InvalidOperationException("A measurement file with errors is saved not even in part.");

    /// <summary>A file refused as a whole, before any row was read.</summary>
    public static MeasurementCsvPreview Failed(MeasurementCsvError error, string? encoding = null) => new([error], [], null, encoding);
}
