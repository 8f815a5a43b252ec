using UglyToad.PdfPig.Content;

namespace ReportBuilder.Testing;

/// <summary>What a PDF page says, for checking a printed report.</summary>
internal static class PdfText
{
    /// <summary>The page's words in reading order, one space apart.</summary>
    public static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));
}
