using System.Runtime.InteropServices;

namespace ReportBuilder.Import;

/// <summary>
/// The calls a staged row makes into SQLite, straight to the native library that Microsoft.Data.Sqlite loads
/// (<c>e_sqlite3</c>, the bundle's build) with the statement's and connection's raw handles. SQLitePCLRaw's own calls take
/// each handle as a SafeHandle, so every call also adds and releases a reference to it; an import makes about ten calls
/// per staged row, tens of millions in all. The binds and the change count return at once and never block or call back
/// into .NET, so they also skip the transition to native code's GC mode (<see cref="SuppressGCTransitionAttribute"/>);
/// the step, which writes pages, does not.
/// </summary>
/// <remarks>The handles stay valid while the <see cref="StagingTable"/> that holds the statement and its connection is alive.</remarks>
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the project; these signatures are blittable, so DllImport marshals nothing either.
internal static class StagingCalls
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static extern int BindInt64(nint statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    public static extern int BindDouble(nint statement, int index, double value);

    [DllImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static extern int BindNull(nint statement, int index);

    /// <summary>SQLite copies the text before the call returns (the destructor <c>SQLITE_TRANSIENT</c>), so one buffer serves
    /// every bind.</summary>
    public static int BindText(nint statement, int index, byte[] utf8, int length) => BindText(statement, index, utf8, length, Transient);

    private const nint Transient = -1;

    [DllImport(Library, EntryPoint = "sqlite3_bind_text")]
    private static extern int BindText(nint statement, int index, byte[] utf8, int length, nint destructor);

    [DllImport(Library, EntryPoint = "sqlite3_changes")]
    [SuppressGCTransition]
    public static extern int Changes(nint connection);

    [DllImport(Library, EntryPoint = "sqlite3_step")]
    public static extern int Step(nint statement);

    [DllImport(Library, EntryPoint = "sqlite3_reset")]
    [SuppressGCTransition]
    public static extern int Reset(nint statement);
}
#pragma warning restore SYSLIB1054
