using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace Runai.PowerShell;

/// <summary>
/// Keeps Runai's dependencies (Polly, Microsoft.Extensions.*, …) away from other modules' copies. The staged module
/// holds them in <c>dependencies/</c>, where PowerShell does not look. On PowerShell 7 they load into a private
/// AssemblyLoadContext (reached by reflection, since this assembly targets netstandard2.0); on Windows PowerShell 5.1
/// an AssemblyResolve handler serves them from that folder.
/// PowerShell reflects the cmdlets' parameter types (which come from Runai.Client) before it calls OnImport, so the
/// manifest's nested Runai.Init.ps1 calls <see cref="Register"/> first; OnImport is the fallback for other hosts.
/// </summary>
public sealed class DependencyLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public const string FolderName = "dependencies";
    private const string EntryAssembly = "Runai.Client";
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location) ?? ".", FolderName);
    private static readonly object Gate = new();
    private static readonly System.Collections.Generic.Dictionary<string, Assembly> LoadedPrivately = new(StringComparer.OrdinalIgnoreCase);
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
            // Import time matters (STYLE: a module import adds little to a pwsh start): the type is looked up in CoreLib,
            // where .NET keeps it, without loading the System.Runtime.Loader facade, and the private context's load
            // method is bound once as a delegate instead of being invoked by reflection for each assembly.
            var contextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false)
                              ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false);
            if (contextType is null)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveOnFramework;
            }
            else
            {
                var resolving = contextType.GetEvent("Resolving")!;
                if (privateContext is null) // a re-import after Remove-Module keeps the one private copy of Runai.Client
                {
                    privateContext = contextType.GetConstructor(new[] { typeof(string), typeof(bool) })!.Invoke(new object?[] { "Runai", false });
                    loadIntoPrivateContext = (Func<string, Assembly>)Delegate.CreateDelegate(typeof(Func<string, Assembly>), privateContext,
                        contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!);
                    resolving.AddEventHandler(privateContext, CreateHandler(resolving, nameof(ResolveInPrivateContext)));
                }
                defaultContext = contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
                defaultResolvingEvent = resolving;
                defaultResolving = CreateHandler(resolving, nameof(ResolveEntryFromDefault));
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

    /// <summary>The default context asks for Runai.Client (this assembly references it): load it privately.</summary>
    private static Assembly? ResolveEntryFromDefault(object context, AssemblyName name) =>
        name.Name == EntryAssembly ? LoadPrivately(name) : null;

    /// <summary>Runai.Client's own references resolve from the dependencies folder into the private context.</summary>
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
