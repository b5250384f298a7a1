using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>Turns a refused request (<see cref="OrganizationException"/>) into the contract's Error response.</summary>
public sealed class OrganizationErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (OrganizationException e)
        {
            return ApiError.Of(e.Status, e.Message);
        }
    }
}
