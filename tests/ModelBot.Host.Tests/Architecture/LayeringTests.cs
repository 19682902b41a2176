using System.Reflection;
using NetArchTest.Rules;

namespace ModelBot.Host.Tests.Architecture;

/// <summary>The layering in DESIGN.md, as a test: Core knows no other project, Commands only Core, adapters never each other nor the Host.</summary>
public class LayeringTests
{
    public static TheoryData<string, string[]> ForbiddenDependencies => new()
    {
        { "ModelBot.Core", ["ModelBot.Commands", "ModelBot.Discord", "ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        { "ModelBot.Commands", ["ModelBot.Discord", "ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        { "ModelBot.Discord", ["ModelBot.Slack", "ModelBot.Host", "modelbot"] },
        { "ModelBot.Slack", ["ModelBot.Discord", "ModelBot.Host", "modelbot"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Types_InLayer_DoNotUseForbiddenNamespaces(string assemblyName, string[] forbidden)
    {
        var result = Types.InAssembly(Assembly.Load(assemblyName))
            .ShouldNot()
            .HaveDependencyOnAny(forbidden)
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Assembly_InLayer_DoesNotReferenceForbiddenProjects(string assemblyName, string[] forbidden)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(reference => reference.Name);

        references.Intersect(forbidden).ShouldBeEmpty();
    }

    [Fact]
    public void ForbiddenDependencies_CoverEveryLayerAssemblyBuilt()
    {
        // Guards the table above against a renamed or added project: every ModelBot.* library beside the tests is listed.
        var built = Directory.GetFiles(AppContext.BaseDirectory, "ModelBot.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal));
        var listed = ForbiddenDependencies.Select(row => row.Data.Item1);

        built.Order().ShouldBe(listed.Order());
    }
}
