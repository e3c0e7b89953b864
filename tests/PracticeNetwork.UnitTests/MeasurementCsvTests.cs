using System.Text;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Csv;
using PracticeNetwork.Modules.Processes.Pages.Processes;
using static PracticeNetwork.Modules.Processes.Contracts.MeasurementCsvErrors;

namespace PracticeNetwork.UnitTests;

/// <summary>
/// A measurement file from a spreadsheet is read the way its maker meant it, whichever separator, decimal mark,
/// encoding and header language it has; every bad row is named with its line and what is wrong with it; and a file
/// with any error gives nothing to save.
/// </summary>
public sealed class MeasurementCsvTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void A_finnish_excel_file_with_semicolons_decimal_commas_and_a_byte_order_mark_is_read()
    {
        var file = Bom.Concat(Utf8("Kausi;Arvo;Huomautus\r\n2024-01;12,5;\r\n2024-02;1 234,5;Kiireinen kuukausi\r\n3/2024;11;\r\n")).ToArray();

        var preview = MeasurementCsv.Parse(file, KpiFrequency.Monthly);

        Assert.True(preview.IsAcceptable);
        Assert.Equal(';', preview.Separator);
        Assert.Equal("UTF-8", preview.Encoding);
        Assert.Equal(
            [
                new MeasurementCsvValue(KpiPeriod.Month(2024, 1), 12.5m, null),
                new MeasurementCsvValue(KpiPeriod.Month(2024, 2), 1234.5m, "Kiireinen kuukausi"),
                new MeasurementCsvValue(KpiPeriod.Month(2024, 3), 11m, null),
            ],
            preview.Measurements());
        Assert.Equal([2, 3, 4], preview.Rows.Select(row => row.Line));
    }

    [Fact]
    public void A_comma_separated_file_takes_dot_decimals_and_quoted_decimal_commas()
    {
        var preview = Parse("period,value,note\n2024-01,12.5,\n2024-02,\"13,25\",\"Hinta, arvio\"\n2024-03,\"1 200,5\",\n");

        Assert.True(preview.IsAcceptable);
        Assert.Equal(',', preview.Separator);
        Assert.Equal([12.5m, 13.25m, 1200.5m], preview.Measurements().Select(measurement => measurement.Value));
        Assert.Equal("Hinta, arvio", preview.Measurements()[1].Note);
    }

    [Fact]
    public void A_tab_separated_swedish_file_is_read()
    {
        var preview = Parse("Period\tVärde\tKommentar\n2024-Q1\t4,5\tBra\nQ2/2024\t5\t\n", KpiFrequency.Quarterly);

        Assert.True(preview.IsAcceptable);
        Assert.Equal('\t', preview.Separator);
        Assert.Equal([KpiPeriod.Quarter(2024, 1), KpiPeriod.Quarter(2024, 2)], preview.Measurements().Select(measurement => measurement.Period));
    }

    [Fact]
    public void Excel_unicode_text_in_utf16_is_read()
    {
        var file = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("kausi\tarvo\n2024-01\t12,5\n")).ToArray();

        var preview = MeasurementCsv.Parse(file, KpiFrequency.Monthly);

        Assert.True(preview.IsAcceptable);
        Assert.Equal(12.5m, Assert.Single(preview.Measurements()).Value);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_read_as_windows_1252()
    {
        // "Hyvä €" as an older Excel writes it: ä is 0xE4 and € is 0x80 in Windows-1252 (and invalid UTF-8).
        var file = Utf8("kausi;arvo;huomautus\n2024-01;12,5;Hyv").Concat(new byte[] { 0xE4, 0x20, 0x80 }).Concat(Utf8("\n")).ToArray();

        var preview = MeasurementCsv.Parse(file, KpiFrequency.Monthly);

        Assert.True(preview.IsAcceptable);
        Assert.Equal("Windows-1252", preview.Encoding);
        Assert.Equal("Hyvä €", Assert.Single(preview.Measurements()).Note);
    }

    [Fact]
    public void Each_bad_row_is_named_by_its_line_with_what_is_wrong()
    {
        var preview = Parse(
            "kausi;arvo\n" +
            "2024-01;12,5\n" +
            "2024-13;12\n" +
            "2024-02;kaksitoista\n" +
            "2024-03;\n" +
            "\n" +
            "huhtikuu;1.234,5\n" +
            ";7\n");

        Assert.False(preview.IsAcceptable);
        Assert.Throws<InvalidOperationException>(() => preview.Measurements());
        Assert.Equal(
            [(2, ""), (3, BadPeriod), (4, BadValue), (5, MissingValue), (7, BadPeriod + " " + BadValue), (8, MissingPeriod)],
            preview.Rows.Select(row => (row.Line, string.Join(' ', row.Errors.Select(error => error.Code)))));
        Assert.Equal(["2024-13", "2024-03, 3/2024"], preview.Rows[1].Errors[0].Arguments);
        Assert.Equal(["kaksitoista"], preview.Rows[2].Errors[0].Arguments);
        Assert.Equal("2024-02;kaksitoista", preview.Rows[2].RawText);
        Assert.Equal([3, 4, 5, 7, 8], preview.RowsWithErrors.Select(row => row.Line));
    }

    [Fact]
    public void A_period_twice_in_the_file_is_an_error_on_its_second_row_however_it_is_written()
    {
        var preview = Parse("kausi;arvo\n2024-03;12\n2024-04;11\n3/2024;13\n");

        var duplicate = Assert.Single(preview.RowsWithErrors);
        Assert.Equal(4, duplicate.Line);
        var error = Assert.Single(duplicate.Errors);
        Assert.Equal(DuplicatePeriod, error.Code);
        Assert.Equal(["3/2024", "2"], error.Arguments);
        Assert.False(preview.IsAcceptable);
    }

    [Fact]
    public void A_file_without_a_header_row_names_the_missing_columns()
    {
        var preview = Parse("2024-01;12,5\n2024-02;13\n");

        Assert.False(preview.IsAcceptable);
        Assert.Empty(preview.Rows);
        Assert.Equal([MissingColumn, MissingColumn], preview.FileErrors.Select(error => error.Code));
        Assert.Equal(["kausi / jakso / period", "arvo / värde / value"], preview.FileErrors.Select(error => error.Arguments.Single()));
    }

    [Fact]
    public void A_header_without_a_value_column_names_it()
    {
        var preview = Parse("kausi;määrä\n2024-01;12,5\n");

        var error = Assert.Single(preview.FileErrors);
        Assert.Equal(MissingColumn, error.Code);
        Assert.Equal("arvo / värde / value", error.Arguments.Single());
    }

    [Fact]
    public void Two_value_columns_are_refused_as_ambiguous()
    {
        var preview = Parse("kausi;arvo;value\n2024-01;12,5;13\n");

        Assert.Equal(DuplicateColumn, Assert.Single(preview.FileErrors).Code);
    }

    [Fact]
    public void Other_columns_are_ignored_so_an_export_reads_back()
    {
        var preview = Parse("yksikkö;kausi;arvo;kirjaaja\npv;2024-01;12,5;Maija\n");

        Assert.True(preview.IsAcceptable);
        Assert.Equal(12.5m, preview.Measurements()[0].Value);
    }

    [Fact]
    public void An_unquoted_decimal_comma_in_a_comma_separated_file_is_caught()
    {
        var preview = Parse("period,value\n2024-01,12,5\n");

        Assert.Equal([ExtraColumns], Assert.Single(preview.Rows).Errors.Select(error => error.Code));
    }

    [Fact]
    public void A_month_for_a_quarterly_kpi_is_a_bad_period_with_quarterly_examples()
    {
        var preview = Parse("kausi;arvo\n2024-03;12\n", KpiFrequency.Quarterly);

        var error = Assert.Single(Assert.Single(preview.Rows).Errors);
        Assert.Equal(BadPeriod, error.Code);
        Assert.Equal(["2024-03", "2024-Q1, Q1/2024"], error.Arguments);
    }

    [Fact]
    public void A_spreadsheet_date_on_the_first_day_of_a_period_is_read_as_the_period()
    {
        var preview = Parse("kausi;arvo\n1.3.2024;12\n2024-04-01;11\n15.5.2024;10\n");

        Assert.Equal([KpiPeriod.Month(2024, 3), KpiPeriod.Month(2024, 4), null], preview.Rows.Select(row => row.Period));
        Assert.Equal(BadPeriod, Assert.Single(preview.Rows[2].Errors).Code);
    }

    [Fact]
    public void Numbers_too_large_or_too_precise_are_refused()
    {
        var preview = Parse("kausi;arvo\n2024-01;1,23456\n2024-02;1 000 000 000 000\n2024-03;1,2340\n");

        Assert.Equal([ValueOutOfRange], preview.Rows[0].Errors.Select(error => error.Code));
        Assert.Equal([ValueOutOfRange], preview.Rows[1].Errors.Select(error => error.Code));
        Assert.True(preview.Rows[2].IsValid);
    }

    [Fact]
    public void A_file_with_a_header_only_or_nothing_has_no_measurements()
    {
        Assert.Equal([NoRows], Parse("kausi;arvo\n\n").FileErrors.Select(error => error.Code));
        Assert.Equal([Empty], Parse("").FileErrors.Select(error => error.Code));
        Assert.Equal([Empty], MeasurementCsv.Parse(Bom, KpiFrequency.Monthly).FileErrors.Select(error => error.Code));
        Assert.False(Parse("kausi;arvo\n").IsAcceptable);
    }

    [Fact]
    public void A_spreadsheet_file_is_not_read_as_text()
    {
        var xlsx = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 };

        Assert.Equal([NotText], MeasurementCsv.Parse(xlsx, KpiFrequency.Monthly).FileErrors.Select(error => error.Code));
    }

    [Fact]
    public void At_most_a_thousand_rows_are_taken()
    {
        string File(int rows) => "kausi;arvo\n" + string.Concat(Enumerable.Range(0, rows).Select(index => $"{2000 + (index / 12)}-{(index % 12) + 1:00};{index}\n"));

        Assert.True(Parse(File(MeasurementCsv.MaxRows)).IsAcceptable);
        var tooMany = Parse(File(MeasurementCsv.MaxRows + 1));
        Assert.False(tooMany.IsAcceptable);
        Assert.Equal([TooManyRows], tooMany.FileErrors.Select(error => error.Code));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_unread()
    {
        var file = new byte[MeasurementCsv.MaxBytes + 1];
        Array.Fill(file, (byte)'1');
        using var stream = new MemoryStream(file);

        var preview = await MeasurementCsv.ParseAsync(stream, KpiFrequency.Monthly, TestContext.Current.CancellationToken);

        Assert.Equal([TooLarge], preview.FileErrors.Select(error => error.Code));
        Assert.Equal(["1024"], preview.FileErrors[0].Arguments);
    }

    [Fact]
    public void A_quote_left_open_is_caught()
    {
        var preview = Parse("kausi;arvo;huomautus\n2024-01;12;\"alkaa mutta ei lopu\n2024-02;13;\n");

        var row = Assert.Single(preview.Rows);
        Assert.Contains(row.Errors, error => error.Code == UnclosedQuote);
    }

    [Fact]
    public void A_note_may_span_lines_and_the_next_row_keeps_its_own_line_number()
    {
        var preview = Parse("kausi;arvo;huomautus\n2024-01;12;\"kaksi\nriviä\"\n2024-02;13;\n");

        Assert.True(preview.IsAcceptable);
        Assert.Equal("kaksi\nriviä", preview.Measurements()[0].Note);
        Assert.Equal([2, 4], preview.Rows.Select(row => row.Line));
    }

    [Fact]
    public void The_export_is_plain_rfc_4180_with_iso_periods_and_dot_decimals()
    {
        var recorded = new DateTimeOffset(2024, 4, 2, 11, 15, 0, TimeSpan.FromHours(3));

        var csv = MeasurementCsv.Write(
        [
            new MeasurementExportLine(KpiPeriod.Month(2024, 2), 1234.50m, recorded, "Hinta, \"arvio\""),
            new MeasurementExportLine(KpiPeriod.Month(2024, 1), 12.5m, recorded, null),
        ]);

        Assert.Equal(
            "period,value,recordedAt,note\r\n" +
            "2024-01,12.5,2024-04-02T08:15:00Z,\r\n" +
            "2024-02,1234.5,2024-04-02T08:15:00Z,\"Hinta, \"\"arvio\"\"\"\r\n",
            csv);
    }

    [Fact]
    public void A_note_that_looks_like_a_formula_is_defused_in_the_export_and_reads_back_as_written()
    {
        var recorded = new DateTimeOffset(2024, 4, 2, 8, 0, 0, TimeSpan.Zero);
        var lines = new[]
        {
            new MeasurementExportLine(KpiPeriod.Quarter(2024, 1), -3.25m, recorded, "=HYPERLINK(\"http://example.com\")"),
            new MeasurementExportLine(KpiPeriod.Quarter(2024, 2), 4m, recorded, "kaksi\r\nriviä"),
            new MeasurementExportLine(KpiPeriod.Quarter(2024, 3), 0.0001m, recorded, "-5 % alennus"),
        };

        var csv = MeasurementCsv.Write(lines);
        var preview = MeasurementCsv.Parse(Utf8(csv), KpiFrequency.Quarterly);

        Assert.Contains(",\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.True(preview.IsAcceptable);
        Assert.Equal(lines.Select(line => new MeasurementCsvValue(line.Period, line.Value, line.Note)), preview.Measurements());
    }

    [Fact]
    public void Errors_read_in_the_users_language()
    {
        var error = Parse("kausi;arvo\n2024-13;12\n").Rows[0].Errors[0];

        using (new CultureScope("fi"))
        {
            Assert.Equal("Jakso ”2024-13” ei kelpaa tälle mittarille. Kirjoita esimerkiksi 2024-03, 3/2024.", error.Message(new ProcessTexts("fi")));
        }

        using (new CultureScope("sv"))
        {
            Assert.Equal("Perioden ”2024-13” duger inte för det här nyckeltalet. Skriv till exempel 2024-03, 3/2024.", error.Message(new ProcessTexts("sv")));
        }
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(" 1 234,5 ", 1234.5)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1\u202F234", 1234)]
    [InlineData("\u22123,5", -3.5)]
    [InlineData("-3.5", -3.5)]
    [InlineData("0", 0)]
    public void Values_are_read_with_either_decimal_mark_and_spaced_thousands(string text, double expected)
    {
        Assert.True(KpiValueText.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("12,5,3")]
    [InlineData("12 pv")]
    [InlineData("1e3")]
    [InlineData("")]
    public void Values_that_could_mean_two_numbers_or_none_are_refused(string text)
    {
        Assert.False(KpiValueText.TryParse(text, out _));
    }

    private static MeasurementCsvPreview Parse(string text, KpiFrequency frequency = KpiFrequency.Monthly) =>
        MeasurementCsv.Parse(Utf8(text), frequency);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string culture) => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _previous;
    }
}
