using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Definitions;

/// <summary>The one reader of definition files (<see cref="YamlSource.Read(YamlDotNet.RepresentationModel.YamlNode, MapShape, string)"/>):
/// it checks a document against its shape — keys, required keys, values, bounds, patterns, one-of — reports each problem
/// at its position, and hands the loaders checked values read through typed keys. A small shape of its own here, so the
/// tests say what the reader does whatever the report's keys are.</summary>
public sealed class ShapeReaderTests
{
    private static readonly Key<TextShape> Name = new("name", new TextShape("A name", Pattern: "^[a-z]+$") { Form = "is not lower-case letters" });

    private static readonly Key<TextShape> Size = new("size", new TextShape("A size", ["small", "large"]) { Noun = "size" });

    private static readonly Key<IntegerShape> Count = new("count", new IntegerShape("A count", 1, 10));

    private static readonly Key<FlagShape> On = new("on", new FlagShape("A flag") { Meaning = "switch it on" });

    private static readonly Key<ListShape> Tags = new("tags", new ListShape("Tags", new TextShape("A tag")));

    private static readonly Key<DictionaryShape> Rooms = new("rooms", new DictionaryShape("Rooms by name",
        new ListShape("Opening hours", new TextShape("HH-HH", Pattern: "^[0-9]{2}-[0-9]{2}$") { Form = "hours '{text}' of {owner} are not HH-HH" }))
    {
        Entry = "room '{name}'",
    });

    private static readonly Key<OneOfShape> Rule = new("rule", new OneOfShape("A rule or rules",
        [new TextShape("A rule"), new MapShape("Rules", [new KeyShape("pass", new TextShape("The pass rule"))])]));

    private static readonly Key<MapShape> Inner = new("inner", new MapShape("Nested", [new KeyShape("id", new TextShape("An id"))], Required: ["id"]));

    private static readonly MapShape Shape = new("A test document", [Name, Size, Count, On, Tags, Rooms, Rule, Inner], Required: ["name"]);

    private static (CheckedMap Map, string[] Errors) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var source = YamlSource.Load("t.yaml", yaml, diagnostics);
        var map = source.Read(source.Root!, Shape, "the document");
        return (map, diagnostics.InFileOrder().Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void ACorrectDocument_IsReadThroughTypedKeys_EachValueWhereItStands()
    {
        var (map, errors) = Read("""
            name: desk
            size: large
            count: 3
            on: true
            tags: solo
            rooms: { main: ["08-12", "13-17"] }
            rule: "< 2"
            inner: { id: x }
            """);

        errors.ShouldBeEmpty();
        map.Located(Name).ShouldBe(new Located<string>("desk", new SourceLocation("t.yaml", 1, 7)));
        map.Text(Size).ShouldBe("large");
        map.Integer(Count).ShouldBe(3);
        map.Flag(On).ShouldBe(true);
        map.Texts(Tags).Select(t => t.Value).ShouldBe(["solo"]);     // a single value is a list of one
        var room = map.Entries(Rooms).Single();
        room.Name.ShouldBe("main");
        room.Value.ShouldBeOfType<CheckedList>().Texts.Select(t => t.Value).ShouldBe(["08-12", "13-17"]);
        map[Rule].ShouldBeOfType<CheckedScalar>().Expression.Location.ShouldBe(new SourceLocation("t.yaml", 7, 8));   // inside the quotes
        map.Map(Inner)!.Location.ShouldBe(new SourceLocation("t.yaml", 8, 8));
    }

    [Fact]
    public void EveryProblem_IsReportedAtItsPosition_AndTheRefusedValueIsLeftOut()
    {
        var (map, errors) = Read("""
            size: medium
            count: 11
            on: yes
            nmae: desk
            rooms: { main: ["8-12"] }
            inner: {}
            """);

        errors.ShouldBe([
            "t.yaml:1:1: error: missing required key 'name'",
            "t.yaml:1:7: error: unknown size 'medium': use small, large",
            "t.yaml:2:8: error: count must be a whole number from 1 to 10, not '11'",
            "t.yaml:3:5: error: on is 'yes': write true (switch it on) or false (YAML 1.2 reads yes as text, not as a flag)",
            "t.yaml:4:1: error: unknown key 'nmae' in the document; did you mean 'name'?",
            "t.yaml:5:17: error: hours '8-12' of room 'main' are not HH-HH",
            "t.yaml:6:8: error: missing required key 'id' in inner",
        ]);
        map.Text(Size).ShouldBeNull();
        map.Integer(Count).ShouldBeNull();
        map.Flag(On).ShouldBeNull();
        map.Has(Size).ShouldBeTrue();
        map.Entries(Rooms).Single().Value.ShouldBeOfType<CheckedList>().Items.ShouldBeEmpty();
    }

    [Fact]
    public void APatternForm_WithoutTokens_FollowsTheKeyAndTheValue()
    {
        Read("name: Desk\n").Errors.ShouldBe(["t.yaml:1:7: error: name 'Desk' is not lower-case letters"]);
    }

    [Fact]
    public void OneOf_TakesTheOptionOfTheValuesKind_AndAValueOfNoKindIsReadAsTheFirst()
    {
        var (map, errors) = Read("name: a\nrule: { pass: \"< 2\", warn: \"< 3\" }\n");
        errors.ShouldBe(["t.yaml:2:22: error: unknown key 'warn' in rule; allowed keys: pass"]);
        map[Rule].ShouldBeOfType<CheckedMap>();

        Read("name: a\nrule: [1, 2]\n").Errors.ShouldBe(["t.yaml:2:7: error: rule must be a single value, not a list or mapping"]);
    }

    [Fact]
    public void ARequiredKey_WrittenEmpty_IsMissing_ButQuotedEmptyTextIsAValue()
    {
        Read("name:\n").Errors.ShouldBe(["t.yaml:1:1: error: missing required key 'name'"]);
        Read("name: \"\"\n").Errors.ShouldBe(["t.yaml:1:7: error: name '' is not lower-case letters"]);
    }

    [Fact]
    public void AMappingWhereAListBelongs_AndAListWhereAValueBelongs_AreRefused()
    {
        Read("name: a\ntags: { a: b }\n").Errors.ShouldBe(["t.yaml:2:7: error: tags must be a list, e.g. [channel, agent]"]);
        Read("name: a\ntags: [[x]]\n").Errors.ShouldBe(["t.yaml:2:8: error: tags: each item must be a single value"]);
    }

    [Fact]
    public void AValueAliasedInSeveralPlaces_IsCheckedOnce_AndItsProblemsAreSaidOnce()
    {
        // Without this a few kilobytes aliasing one large mapping thousands of times cost their product (a denial of service).
        var (map, errors) = Read("name: a\nrooms:\n  main: &h [\"8-12\", \"09-12\"]\n  side: *h\n  back: *h\n");

        errors.ShouldBe(["t.yaml:3:13: error: hours '8-12' of room 'main' are not HH-HH"]);
        var rooms = map.Entries(Rooms);
        rooms.Select(r => r.Name).ShouldBe(["main", "side", "back"]);
        rooms.ShouldAllBe(r => ReferenceEquals(r.Value, rooms[0].Value));
    }
}
