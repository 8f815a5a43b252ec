namespace ReportBuilder.Rendering.Pdf;

/// <summary>Which Chromium prints PDFs.</summary>
/// <param name="ExecutablePath">The browser executable; Debian's package installs <c>/usr/bin/chromium</c>.</param>
public sealed record ChromiumOptions(string ExecutablePath)
{
    /// <summary>The environment variable that overrides the browser path.</summary>
    public const string PathVariable = "REPORTBUILDER_CHROMIUM";

    /// <summary>The Debian package's browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The browser <paramref name="path"/> names (the value of <see cref="PathVariable"/>), else <see cref="DefaultPath"/>.</summary>
    public static ChromiumOptions From(string? path) => new(path is { Length: > 0 } ? path : DefaultPath);
}

/// <summary>Chromium is not installed where <see cref="ChromiumOptions"/> points.</summary>
public sealed class ChromiumNotFoundException(string path)
    : Exception($"Chromium not found at {path}: run scripts/setup.sh to install it, or set {ChromiumOptions.PathVariable} to the browser");
