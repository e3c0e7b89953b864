using System.Globalization;
using System.Text;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Csv;

/// <summary>
/// A KPI's measurements as CSV, both ways.
/// <para>
/// <b>Upload</b> (<see cref="Parse"/>), for files people make in a spreadsheet: UTF-8 with or without a byte order
/// mark, UTF-16 with one (Excel's "Unicode text"), and Windows-1252 when the bytes are not UTF-8 (an older Excel's
/// "CSV"). A header row names the columns in Finnish, Swedish or English (period, value and an optional note; other
/// columns are ignored); the separator is a tab, ';' or ',', whichever makes the header name the columns. Values take
/// a decimal comma or dot and spaces between thousands (with ',' as the separator, "12,5" must be quoted); periods
/// are read by <see cref="KpiPeriod.TryParse"/> for the KPI's frequency, or as the first day of the period
/// ("1.3.2024", "2024-03-01") as a spreadsheet may turn them into dates. Nothing is saved here: the preview tells
/// each row's errors, and the command saves a file only when all of it is acceptable.
/// </para>
/// <para>
/// <b>Export</b> (<see cref="Write"/>) is for programs, so it is the same in every language: RFC 4180 with ','
/// between cells and CRLF line ends, header <c>period,value,recordedAt,note</c>, ISO periods ("2024-03", "2024-Q1",
/// "2024"), '.' decimals, the recording time in UTC as RFC 3339, to be sent as UTF-8 without a byte order mark.
/// A note that begins like a spreadsheet formula (= + - @) gets a leading apostrophe, so that opening the file in a
/// spreadsheet does not run it; the upload takes the apostrophe away again, so an export reads back as it was.
/// </para>
/// </summary>
public static class MeasurementCsv
{
    public const int MaxBytes = 1024 * 1024;

    public const int MaxRows = 1000;

    public const int MaxNoteLength = 1000;

    public const string ContentType = "text/csv; charset=utf-8";

    private const int MaxRawLength = 200;

    private static readonly string[] PeriodNames =
        ["kausi", "jakso", "ajanjakso", "kuukausi", "neljännes", "vuosineljännes", "vuosi", "period", "månad", "kvartal", "år", "month", "quarter", "year"];

    private static readonly string[] ValueNames = ["arvo", "mittausarvo", "värde", "value"];

    private static readonly string[] NoteNames = ["huomautus", "kommentti", "selite", "kommentar", "anmärkning", "note", "comment"];

    private static readonly char[] Separators = ['\t', ';', ','];

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly string[] DateForms = ["yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>Reads at most <see cref="MaxBytes"/> (and one more, to know the file is too large) from <paramref name="file"/>.</summary>
    public static async Task<MeasurementCsvPreview> ParseAsync(Stream file, KpiFrequency frequency, CancellationToken cancellationToken) =>
        (await ReadAsync(file, frequency, cancellationToken).ConfigureAwait(false)).Preview;

    /// <summary>
    /// As <see cref="ParseAsync"/>, with the text the file was read as, for a form that keeps it between its preview
    /// and its save; the text is null when the file was refused whole (too large, not text).
    /// </summary>
    public static async Task<(MeasurementCsvPreview Preview, string? Text)> ReadAsync(Stream file, KpiFrequency frequency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await file.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return ParseKeepingText(buffer.AsSpan(0, length), frequency);
    }

    public static MeasurementCsvPreview Parse(ReadOnlySpan<byte> file, KpiFrequency frequency) => ParseKeepingText(file, frequency).Preview;

    private static (MeasurementCsvPreview Preview, string? Text) ParseKeepingText(ReadOnlySpan<byte> file, KpiFrequency frequency)
    {
        if (file.Length > MaxBytes)
        {
            return (MeasurementCsvPreview.Failed(MeasurementCsvError.Of(MeasurementCsvErrors.TooLarge, (MaxBytes / 1024).ToString(CultureInfo.InvariantCulture))), null);
        }

        if (LooksBinary(file))
        {
            return (MeasurementCsvPreview.Failed(MeasurementCsvError.Of(MeasurementCsvErrors.NotText)), null);
        }

        var (text, encoding) = Decode(file);
        return (ParseText(text, frequency, encoding), text);
    }

    /// <summary>Reads text already decoded (what a form's text area sends, for one), of at most <see cref="MaxBytes"/> characters.</summary>
    public static MeasurementCsvPreview ParseText(string text, KpiFrequency frequency, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxBytes)
        {
            return MeasurementCsvPreview.Failed(MeasurementCsvError.Of(MeasurementCsvErrors.TooLarge, (MaxBytes / 1024).ToString(CultureInfo.InvariantCulture)), encoding);
        }

        text = text.TrimStart('\uFEFF');
        var headerLine = text.Split('\n', '\r').FirstOrDefault(line => line.Trim(' ', '\t', ';', ',', '"').Length > 0);
        if (headerLine is null)
        {
            return MeasurementCsvPreview.Failed(MeasurementCsvError.Of(MeasurementCsvErrors.Empty), encoding);
        }

        var separator = Separator(headerLine);
        var records = CsvRecords.Read(text, separator).Where(record => !record.IsBlank).GetEnumerator();
        using (records)
        {
            if (!records.MoveNext())
            {
                return MeasurementCsvPreview.Failed(MeasurementCsvError.Of(MeasurementCsvErrors.Empty), encoding);
            }

            var columns = Columns.Of(records.Current.Cells);
            if (columns.Errors.Count > 0)
            {
                return new MeasurementCsvPreview(columns.Errors, [], separator, encoding);
            }

            var rows = new List<MeasurementCsvRow>();
            var firstLineOf = new Dictionary<KpiPeriod, int>();
            while (records.MoveNext())
            {
                if (rows.Count == MaxRows)
                {
                    return new MeasurementCsvPreview(
                        [MeasurementCsvError.Of(MeasurementCsvErrors.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture))], rows, separator, encoding);
                }

                rows.Add(Row(records.Current, columns, frequency, firstLineOf));
            }

            return rows.Count == 0
                ? new MeasurementCsvPreview([MeasurementCsvError.Of(MeasurementCsvErrors.NoRows)], [], separator, encoding)
                : new MeasurementCsvPreview([], rows, separator, encoding);
        }
    }

    /// <summary>The export: see the class summary for its form.</summary>
    public static string Write(IEnumerable<MeasurementExportLine> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var csv = new StringBuilder("period,value,recordedAt,note\r\n");
        foreach (var measurement in measurements.OrderBy(measurement => measurement.Period))
        {
            csv.Append(measurement.Period.ToString()).Append(',')
                .Append(measurement.Value.ToString("0.############################", CultureInfo.InvariantCulture)).Append(',')
                .Append(measurement.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(Cell(measurement.Note ?? string.Empty))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    private static MeasurementCsvRow Row(CsvRecord record, Columns columns, KpiFrequency frequency, Dictionary<KpiPeriod, int> firstLineOf)
    {
        var errors = new List<MeasurementCsvError>();
        string CellAt(int index) => index < record.Cells.Count ? record.Cells[index].Trim() : string.Empty;
        if (record.UnclosedQuote)
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.UnclosedQuote));
        }

        if (record.Cells.Skip(columns.Count).Any(cell => !string.IsNullOrWhiteSpace(cell)))
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.ExtraColumns));
        }

        var periodText = CellAt(columns.Period);
        var period = ReadPeriod(periodText, frequency);
        if (periodText.Length == 0)
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.MissingPeriod));
        }
        else if (period is null)
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.BadPeriod, periodText, Examples(frequency)));
        }
        else if (firstLineOf.TryGetValue(period.Value, out var firstLine))
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.DuplicatePeriod, period.Value.ToDisplayString(), firstLine.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            firstLineOf[period.Value] = record.Line;
        }

        var valueText = CellAt(columns.Value);
        decimal? value = null;
        if (valueText.Length == 0)
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.MissingValue));
        }
        else if (!KpiValueText.TryParse(valueText, out var number))
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.BadValue, valueText));
        }
        else if (!KpiValueText.Fits(number))
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.ValueOutOfRange, valueText, KpiValueText.MaxDecimals.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            value = number;
        }

        var note = columns.Note is { } noteColumn ? Unformula(CellAt(noteColumn)) : null;
        if (note?.Length > MaxNoteLength)
        {
            errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.NoteTooLong, MaxNoteLength.ToString(CultureInfo.InvariantCulture)));
        }

        var raw = record.Raw.Length > MaxRawLength ? record.Raw[..(MaxRawLength - 1)] + "…" : record.Raw;
        return new MeasurementCsvRow(record.Line, raw, period, value, string.IsNullOrEmpty(note) ? null : note, errors);
    }

    /// <summary>The separator that makes the header name the period and the value columns; failing that, the one that splits it most.</summary>
    private static char Separator(string headerLine) =>
        Separators.FirstOrDefault(candidate => Columns.Of(CsvRecords.FirstLineCells(headerLine, candidate)).IsComplete) is var found and not '\0'
            ? found
            : Separators.MaxBy(candidate => CsvRecords.FirstLineCells(headerLine, candidate).Count);

    private static KpiPeriod? ReadPeriod(string text, KpiFrequency frequency)
    {
        if (KpiPeriod.TryParse(text, frequency, out var period))
        {
            return period;
        }

        if (DateOnly.TryParseExact(text, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= KpiPeriod.MinYear and <= KpiPeriod.MaxYear
            && KpiPeriod.Containing(date, frequency) is var containing
            && containing.Start == date)
        {
            return containing;
        }

        return null;
    }

    private static string Examples(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => "2024-03, 3/2024",
        KpiFrequency.Quarterly => "2024-Q1, Q1/2024",
        _ => "2024",
    };

    private static string Cell(string text)
    {
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>Takes away the apostrophe <see cref="Cell"/> puts before what a spreadsheet would read as a formula.</summary>
    private static string Unformula(string note) =>
        note.Length > 1 && note[0] == '\'' && FormulaStarts.Contains(note[1]) ? note[1..] : note;

    private static bool LooksBinary(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith("PK\u0003\u0004"u8) || file.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return true; // a zip (xlsx, ods) or an old Office document
        }

        var isUtf16 = file.StartsWith(new byte[] { 0xFF, 0xFE }) || file.StartsWith(new byte[] { 0xFE, 0xFF });
        return !isUtf16 && file.Contains((byte)0);
    }

    private static (string Text, string Encoding) Decode(ReadOnlySpan<byte> file)
    {
        if (file.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode.GetString(file[2..]), "UTF-16");
        }

        if (file.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode.GetString(file[2..]), "UTF-16");
        }

        var hasMark = file.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(hasMark ? file[3..] : file), "UTF-8");
        }
        catch (DecoderFallbackException) when (hasMark)
        {
            // Marked as UTF-8 but broken: read what can be read; the rows with broken characters fail on their own.
            return (Encoding.UTF8.GetString(file[3..]), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Windows-1252, what Excel on Windows writes in Finland and Sweden. The code page comes with
            // .NET (System.Text.Encoding.CodePages is part of the shared framework); only its registration is opt-in.
            return (CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(file), "Windows-1252");
        }
    }

    /// <summary>Where the header row put the period, the value and the note.</summary>
    private sealed record Columns(int Period, int Value, int? Note, int Count, IReadOnlyList<MeasurementCsvError> Errors)
    {
        public bool IsComplete => Period >= 0 && Value >= 0;

        public static Columns Of(IReadOnlyList<string> header)
        {
            var (period, value) = (-1, -1);
            int? note = null;
            var errors = new List<MeasurementCsvError>();
            for (var index = 0; index < header.Count; index++)
            {
                var name = header[index].Trim().Trim('\uFEFF').ToLowerInvariant();
                if (PeriodNames.Contains(name))
                {
                    Take(ref period, index, header[index], errors);
                }
                else if (ValueNames.Contains(name))
                {
                    Take(ref value, index, header[index], errors);
                }
                else if (NoteNames.Contains(name))
                {
                    var taken = note ?? -1;
                    Take(ref taken, index, header[index], errors);
                    note = taken;
                }
            }

            if (period < 0)
            {
                errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.MissingColumn, string.Join(" / ", PeriodNames[..2].Append("period"))));
            }

            if (value < 0)
            {
                errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.MissingColumn, string.Join(" / ", ValueNames.Where(name => name != "mittausarvo"))));
            }

            return new Columns(period, value, note, header.Count, errors);
        }

        private static void Take(ref int column, int index, string name, List<MeasurementCsvError> errors)
        {
            if (column >= 0)
            {
                errors.Add(MeasurementCsvError.Of(MeasurementCsvErrors.DuplicateColumn, name.Trim()));
            }
            else
            {
                column = index;
            }
        }
    }
}

/// <summary>A measurement as the export writes it.</summary>
public sealed record MeasurementExportLine(KpiPeriod Period, decimal Value, DateTimeOffset RecordedAt, string? Note);
