using System.Globalization;
using ReportBuilder.Definitions.Shapes;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>Where a definition may read files from (<c>template:</c>, <c>model:</c>, <c>include:</c>): the folder of the file
/// that names them, the built-in templates folder, and the folders the user allows with <c>--allow-dir</c>. An absolute path,
/// a <c>..</c> that climbs out, or a symbolic link leading out is an error at the value's position.</summary>
internal static class DefinitionPaths
{
    /// <summary>The full path of <paramref name="name"/>, relative to the file that names it; null, with the problem
    /// reported at <paramref name="node"/>, when it leads outside the definition's folder and <paramref name="folders"/>.</summary>
    public static string? Resolve(YamlSource yaml, YamlNode node, string name, string what, DefinitionFolders folders)
    {
        var folder = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(yaml.FileOf(node))) ?? ".");
        var path = Path.GetFullPath(Path.Combine(folder, name));
        IReadOnlyList<string> roots = [folder, .. folders.BuiltInTemplates is { } builtIn ? [Path.GetFullPath(builtIn)] : Array.Empty<string>(),
            .. folders.Allowed.Select(f => RealPath(Path.GetFullPath(f)))];
        if (!roots.Any(root => Inside(path, root)))
        {
            yaml.Error(node, string.Format(CultureInfo.InvariantCulture, OutsideMessage, what, name, folder));
            return null;
        }

        var real = RealPath(path);
        if (!roots.Select(RealPath).Any(root => Inside(real, root)))
        {
            yaml.Error(node, string.Format(CultureInfo.InvariantCulture, LinkMessage, what, name, real));
            return null;
        }

        return path;
    }

    public const string OutsideMessage = "{0} '{1}' is outside the report's folder {2}: keep it beside the report, or allow its folder with --allow-dir";

    public const string LinkMessage = "{0} '{1}' is a symbolic link leading out of the report's folder (to {2}): copy the file in, or allow its folder with --allow-dir";

    private static bool Inside(string path, string root)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) || path == Path.TrimEndingDirectorySeparator(root);
    }

    /// <summary>The path with every symbolic link along it followed, as far as it exists.</summary>
    private static string RealPath(string path)
    {
        var root = Path.GetPathRoot(path) ?? "/";
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            current = info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? RealPath(Path.GetFullPath(target.FullName))
                : next;
        }

        return current;
    }
}
