using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PracticeNetwork.Host.Pages.Account;

/// <summary>The "choose a password" fields of the pages that set one: at least 12 characters, typed twice.</summary>
public abstract class NewPasswordPageModel : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [MinLength(12, ErrorMessage = "PasswordTooShort")]
    [DataType(DataType.Password)]
    [Display(Name = "NewPassword")]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "FieldRequired")]
    [Compare(nameof(Password), ErrorMessage = "PasswordsDoNotMatch")]
    [DataType(DataType.Password)]
    [Display(Name = "ConfirmPassword")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
