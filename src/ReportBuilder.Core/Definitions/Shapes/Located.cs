using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>A value read from YAML together with where it stands.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
