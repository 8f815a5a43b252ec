namespace ReportBuilder.DemoData;

/// <summary>Word lists for realistic agent and company names.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Piotr", "Marta", "Tomasz", "Julia", "Lukas", "Sophie", "Jonas", "Emma", "Noah",
        "Olivia", "Liam", "Mia", "Elias", "Lena", "Felix", "Clara", "Hugo", "Chloe", "Louis",
        "Camille", "Jules", "Ines", "Mateo", "Lucia", "Pablo", "Sara", "Marco", "Giulia", "Luca",
        "Hannah", "David", "Laura", "Daniel", "Nina", "Adam", "Eva", "Oskar", "Zofia", "Jakub",
        "Ingrid", "Erik", "Astrid", "Lars", "Freya", "Sven", "Aoife", "Sean", "Niamh", "Conor",
        "Grace", "James", "Amelia", "Oliver", "Isla", "Jack", "Maya", "Arjun", "Yuki", "Min-jun",
    ];

    public static readonly string[] LastNames =
    [
        "Nowak", "Kowalski", "Wisniewska", "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Garcia", "Fernandez", "Lopez", "Martinez", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
        "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smith", "Jones", "Taylor", "Brown", "Wilson",
        "Johansson", "Andersson", "Nilsson", "Larsen", "Hansen", "Murphy", "Kelly", "O'Brien", "Walsh", "Byrne",
        "Novak", "Horvat", "Kovacs", "Szabo", "Popescu", "Ionescu", "Silva", "Santos", "Costa", "Kim",
    ];

    public static readonly string[] CompanyHeads =
    [
        "North", "Blue", "Silver", "Bright", "Green", "Red", "Iron", "Clear", "Swift", "Stone",
        "Sun", "Star", "Oak", "Pine", "River", "Lake", "Cloud", "Frost", "Golden", "Cedar",
        "Nova", "Alpha", "Terra", "Aqua", "Polar", "Urban", "Prime", "Vertex", "Zen", "Echo",
    ];

    public static readonly string[] CompanyTails =
    [
        "wind", "peak", "field", "bridge", "line", "gate", "stream", "works", "point", "path",
        "wave", "ridge", "light", "forge", "harbor", "brook", "stack", "leaf", "port", "scale",
        "spark", "wood", "mark", "base", "shore", "vale", "crest", "loop", "core", "craft",
    ];

    public static readonly string[] Industries =
    [
        "Logistics", "Analytics", "Software", "Health", "Foods", "Media", "Energy", "Retail", "Labs", "Travel",
        "Finance", "Robotics", "Design", "Consulting", "Security", "Education", "Fitness", "Games", "Textiles", "Motors",
        "Pharma", "Studios", "Systems", "Networks", "Insurance", "Realty", "Apparel", "Cosmetics", "Brewing", "Marine",
    ];

    public static readonly string[] CompanySuffixes =
    [
        "", "", "", "", " Ltd", " GmbH", " S.A.", " sp. z o.o.", " B.V.", " SAS", " AB", " Inc.",
    ];
}
