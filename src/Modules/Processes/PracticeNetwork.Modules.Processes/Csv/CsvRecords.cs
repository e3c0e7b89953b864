using System.Text;

namespace PracticeNetwork.Modules.Processes.Csv;

/// <summary>One record of a CSV text: the line it starts on (1-based), its text as written and its cells.</summary>
internal sealed record CsvRecord(int Line, string Raw, IReadOnlyList<string> Cells, bool UnclosedQuote)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits CSV text into records as RFC 4180 does: cells in double quotes may hold the separator, line breaks and
/// doubled quotes (""); a quote inside an unquoted cell is kept as it is. Lines may end in CRLF, LF or CR.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text, char separator)
    {
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var (record, next, lines) = ReadRecord(text, position, separator, line);
            yield return record;
            position = next;
            line += lines;
        }
    }

    /// <summary>The cells of the first line only, for guessing the separator from the header.</summary>
    public static IReadOnlyList<string> FirstLineCells(string line, char separator) => ReadRecord(line, 0, separator, 1).Record.Cells;

    private static (CsvRecord Record, int Next, int Lines) ReadRecord(string text, int start, char separator, int line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var lines = 0;
        var quoted = false;
        var position = start;
        while (position < text.Length)
        {
            var character = text[position];
            if (quoted)
            {
                if (character == '"' && position + 1 < text.Length && text[position + 1] == '"')
                {
                    cell.Append('"');
                    position += 2;
                    continue;
                }

                if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    lines += character == '\n' || (character == '\r' && !NextIs(text, position, '\n')) ? 1 : 0;
                    cell.Append(character);
                }

                position++;
                continue;
            }

            if (character is '\r' or '\n')
            {
                var end = position;
                position += character == '\r' && NextIs(text, position, '\n') ? 2 : 1;
                cells.Add(cell.ToString());
                return (new CsvRecord(line, text[start..end], cells, false), position, lines + 1);
            }

            if (character == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                position++;
                continue;
            }

            if (character == '"' && string.IsNullOrWhiteSpace(cell.ToString()))
            {
                quoted = true;
                cell.Clear();
            }
            else
            {
                cell.Append(character);
            }

            position++;
        }

        cells.Add(cell.ToString());
        return (new CsvRecord(line, text[start..], cells, quoted), text.Length, lines + 1);
    }

    private static bool NextIs(string text, int position, char expected) => position + 1 < text.Length && text[position + 1] == expected;
}
