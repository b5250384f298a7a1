using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Runai.PowerShell;

/// <summary>
/// Keeps Runai's third-party dependencies (Polly, Microsoft.Extensions.*, …) away from other modules' copies. The staged
/// module holds them in <c>dependencies/</c>, where PowerShell does not look; Runai's own two assemblies sit at the
/// root, where PowerShell finds them without help. On PowerShell 7 the dependencies load into a private
/// AssemblyLoadContext (reached by reflection, since this assembly targets netstandard2.0), even when another module has
/// already loaded a different version of one of them; on Windows PowerShell 5.1 an AssemblyResolve handler serves them.
/// Nothing is needed before OnImport: the cmdlets' parameter types come from Runai.Client, not from a dependency, and a
/// dependency is first needed when a cmdlet runs. (A nested init script that hooked loading before PowerShell read the
/// cmdlets cost about 75 ms of every import.)
/// </summary>
public sealed class DependencyLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public const string FolderName = "dependencies";
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location) ?? ".", FolderName);
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Assembly> LoadedPrivately = new(StringComparer.OrdinalIgnoreCase);
    private static HashSet<string>? clientReferences;
    private static object? privateContext;
    private static Func<string, Assembly>? loadIntoPrivateContext;
    private static Delegate? defaultResolving;
    private static EventInfo? defaultResolvingEvent;
    private static object? defaultContext;
    private static bool hooked;

    public void OnImport() => Register();

    /// <summary>Hooks assembly resolution; idempotent.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (hooked || !Directory.Exists(Folder)) return; // running from a build folder: everything sits side by side
            // What Runai.Client references is what the default context may ask this loader for; the dependencies' own
            // references are then asked of the private context.
            clientReferences ??= new HashSet<string>(
                typeof(Client.RunaiConnection).Assembly.GetReferencedAssemblies().Select(reference => reference.Name!),
                StringComparer.OrdinalIgnoreCase);
            // The type is looked up in CoreLib, where .NET keeps it, without loading the System.Runtime.Loader facade,
            // and the private context's load method is bound once as a delegate instead of being invoked by reflection.
            var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false)
                              ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false);
            if (contextType is null)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveOnFramework;
            }
            else
            {
                var resolving = contextType.GetEvent("Resolving")!;
                if (privateContext is null) // a re-import after Remove-Module keeps the one private copy of each dependency
                {
                    privateContext = contextType.GetConstructor(new[] { typeof(string), typeof(bool) })!.Invoke(new object?[] { "Runai", false });
                    loadIntoPrivateContext = (Func<string, Assembly>)Delegate.CreateDelegate(typeof(Func<string, Assembly>), privateContext,
                        contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!);
                    resolving.AddEventHandler(privateContext, CreateHandler(resolving, nameof(ResolveInPrivateContext)));
                }
                defaultContext = contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
                defaultResolvingEvent = resolving;
                defaultResolving = CreateHandler(resolving, nameof(ResolveClientReference));
                resolving.AddEventHandler(defaultContext, defaultResolving);
            }
            hooked = true;
        }
    }

    public void OnRemove(PSModuleInfo module)
    {
        lock (Gate)
        {
            if (!hooked) return;
            if (defaultResolvingEvent is not null) defaultResolvingEvent.RemoveEventHandler(defaultContext, defaultResolving);
            else AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnFramework;
            hooked = false;
        }
    }

    private static Delegate CreateHandler(EventInfo resolving, string method) =>
        Delegate.CreateDelegate(resolving.EventHandlerType!, typeof(DependencyLoader).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!);

    /// <summary>
    /// The default context cannot find one of Runai.Client's references (it is not in the host, or another module has
    /// another version of it loaded): load Runai's copy privately. Requests for other names are left to other handlers.
    /// </summary>
    private static Assembly? ResolveClientReference(object context, AssemblyName name) =>
        name.Name is { } simple && clientReferences!.Contains(simple) ? LoadPrivately(name) : null;

    /// <summary>The private dependencies' own references resolve from the dependencies folder too.</summary>
    private static Assembly? ResolveInPrivateContext(object context, AssemblyName name) => LoadPrivately(name);

    private static Assembly? LoadPrivately(AssemblyName name)
    {
        if (name.Name is null || loadIntoPrivateContext is null) return null;
        lock (LoadedPrivately)
        {
            if (LoadedPrivately.TryGetValue(name.Name, out var loaded)) return loaded;
            var path = Path.Combine(Folder, name.Name + ".dll");
            if (!File.Exists(path)) return null;
            loaded = loadIntoPrivateContext(path);
            LoadedPrivately[name.Name] = loaded;
            return loaded;
        }
    }

    private static Assembly? ResolveOnFramework(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name);
        var path = Path.Combine(Folder, name.Name + ".dll");
        return File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
