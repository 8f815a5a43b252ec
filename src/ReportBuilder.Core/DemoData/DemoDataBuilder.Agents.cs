namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    private static readonly string[] _teams = ["billing", "technical", "onboarding", "enterprise"];
    private static readonly double[] _teamWeights = [25, 40, 20, 15];
    private const int Billing = 0;
    private const int Technical = 1;
    private const int Onboarding = 2;
    private const int Enterprise = 3;

    private int[][] _teamAgents = [];
    private double[] _agentSpeed = [];
    private double[] _agentQuality = [];

    /// <summary>About two agents per 1,000 tickets a month (6 to 200), every team staffed.</summary>
    private void GenerateAgents()
    {
        var perMonth = (double)_options.Tickets / _options.Months;
        var count = (int)Math.Clamp(Math.Round(2.0 * perMonth / 1000.0), 6, 200);
        var teamOf = new int[count];
        _agentSpeed = new double[count + 1];
        _agentQuality = new double[count + 1];
        var usedNames = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            teamOf[i] = i < _teams.Length ? i : _random.Pick(_teamWeights);
            int nameKey;
            do
                nameKey = _random.Next(DemoNames.FirstNames.Length * DemoNames.LastNames.Length);
            while (!usedNames.Add(nameKey));
            var name = DemoNames.FirstNames[nameKey / DemoNames.LastNames.Length] + " "
                + DemoNames.LastNames[nameKey % DemoNames.LastNames.Length];
            var id = i + 1;
            _agentSpeed[id] = Math.Clamp(_random.LogNormal(1.0, 0.25), 0.5, 2.0);
            _agentQuality[id] = Math.Clamp(_random.Normal() * 0.03, -0.08, 0.06);
            _agents.Add(Boxed(id), name, _teams[teamOf[i]], Email(name));
        }
        _teamAgents = [.. Enumerable.Range(0, _teams.Length)
            .Select(team => Enumerable.Range(0, count).Where(i => teamOf[i] == team).Select(i => i + 1).ToArray())];
    }

    /// <summary>An address from the name, drawing nothing, so the data of a seed is the same as before addresses: "Anna Nowak" is
    /// anna.nowak@example.com, letters outside a-z left out.</summary>
    private static string Email(string name) =>
        new string([.. name.ToLowerInvariant().Replace(' ', '.').Where(c => c is (>= 'a' and <= 'z') or '.')]) + "@example.com";

    /// <summary>The team a ticket goes to: billing questions to billing, premium to enterprise, new customers to onboarding.</summary>
    private int PickTeam(bool billingTag, bool premium, bool newCustomer)
    {
        if (billingTag && _random.Chance(0.85))
            return Billing;
        if (premium && _random.Chance(0.55))
            return Enterprise;
        if (newCustomer && _random.Chance(0.6))
            return Onboarding;
        return _random.Pick([0.12, 0.65, 0.15, 0.08]);
    }

    private int PickAgent(int team)
    {
        var agents = _teamAgents[team];
        return agents[_random.Next(agents.Length)];
    }
}
