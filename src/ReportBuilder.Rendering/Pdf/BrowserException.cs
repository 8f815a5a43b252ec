namespace ReportBuilder.Rendering.Pdf;

/// <summary>Chromium did not answer in time, or failed, while printing; it was stopped with every process it started.</summary>
public sealed class BrowserException(string message, Exception? inner = null) : Exception(message, inner);
