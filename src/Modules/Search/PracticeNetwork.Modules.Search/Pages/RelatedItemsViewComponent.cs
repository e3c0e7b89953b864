using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Search.Pages;

/// <summary>"Similar in other municipalities": a short list under an item, nothing when the index finds none.</summary>
[ViewComponent(Name = RelatedItems.ViewComponent)]
public sealed class RelatedItemsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RelatedItems related)
    {
        ArgumentNullException.ThrowIfNull(related);
        var hits = await sender.Send(new FindRelatedItems(related.ItemId), HttpContext.RequestAborted);
        if (hits is not { Count: > 0 })
        {
            return Content(string.Empty);
        }

        var municipalities = await MunicipalityLookup.LoadAsync(sender, HttpContext.RequestAborted);
        return View(new RelatedItemsList(hits, municipalities));
    }
}

public sealed record RelatedItemsList(IReadOnlyList<SearchHit> Hits, MunicipalityLookup Municipalities);
