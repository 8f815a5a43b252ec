namespace ReportBuilder.Rendering.Charts;

/// <summary>A trend's period label split into its month and year, so a tick can carry the year only where a reader needs
/// it, on a second line under the month: "Oktober 2025" is "Okt" over "2025", "2025년 10월" is "10월" over "2025년". A tick
/// is then as wide as its month, so a 13-month trend on a phone writes every second or third month in every language.
/// Labels of other periods (2026-Q3, 2026-W40) have no month part and are written whole.</summary>
internal sealed record MonthLabel(string Month, string? Year, string WithYear)
{
    public static MonthLabel Parse(string label)
    {
        if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var first, var second])
        {
            return new MonthLabel(label, null, label);
        }

        var yearFirst = IsYear(first) && !IsYear(second);
        var (month, year) = yearFirst ? (second, first) : (first, second);
        if (!IsYear(year) || IsYear(month) || !month.Any(char.IsLetter))
        {
            return new MonthLabel(label, null, label);
        }

        // "Październik" → "Paź"; short names ("Mai", "10월") stay as they are. The year goes on a line of its own.
        var shortMonth = month.Length > 4 && month.All(char.IsLetter) ? month[..3] : month;
        return new MonthLabel(shortMonth, year, $"{shortMonth}\n{year}");
    }

    /// <summary>The ticks written at <paramref name="indexes"/>: the month alone, with its year under it on the first and
    /// the last tick and wherever the year differs from the tick before.</summary>
    public static IReadOnlyList<string> Ticks(IReadOnlyList<MonthLabel> months, IReadOnlyList<int> indexes) =>
        indexes.Select((index, i) => months[index] is { Year: not null } month && i > 0 && i < indexes.Count - 1
            && months[indexes[i - 1]].Year == month.Year
            ? month.Month
            : months[index].WithYear).ToList();

    /// <summary>Whether any tick may carry a second line.</summary>
    public static bool AnyYear(IReadOnlyList<MonthLabel> months) => months.Any(m => m.Year is not null);

    // "2025", or "2025년" in Korean.
    private static bool IsYear(string token) => token.Length >= 4 && token[..4].All(char.IsAsciiDigit) && !token[4..].Any(char.IsAsciiDigit);
}
