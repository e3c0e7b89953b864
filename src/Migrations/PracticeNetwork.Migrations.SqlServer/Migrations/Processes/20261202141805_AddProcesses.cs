using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.SqlServer.Migrations.Processes
{
    /// <inheritdoc />
    public partial class AddProcesses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpiMeasurementCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KpiId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMeasurementCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpiMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KpiId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Period = table.Column<string>(type: "varchar(7)", unicode: false, maxLength: 7, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Corrections = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMeasurements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "varchar(80)", unicode: false, maxLength: 80, nullable: false),
                    NameFi = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    Frequency = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkKpis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ProcessOwner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartEvent = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EndEvent = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "varchar(2)", unicode: false, maxLength: 2, nullable: false),
                    Inputs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Outputs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Customers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Steps = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bottlenecks = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RelatedPractices = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RelatedProjects = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contacts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Links = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReviewComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RevisionNumber = table.Column<int>(type: "int", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessesOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessesOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "varchar(120)", unicode: false, maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessAttachments_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Fields = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessChanges_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Formula = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Baseline = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    Frequency = table.Column<int>(type: "int", nullable: false),
                    DataSource = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NetworkKpiId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessKpis_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedFields = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessRevisions_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessThemes",
                columns: table => new
                {
                    Theme = table.Column<int>(type: "int", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessThemes", x => new { x.ProcessId, x.Theme });
                    table.ForeignKey(
                        name: "FK_ProcessThemes_Processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "Processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurementCorrections_MeasurementId_ReplacedAt",
                table: "KpiMeasurementCorrections",
                columns: new[] { "MeasurementId", "ReplacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurementCorrections_MunicipalityId",
                table: "KpiMeasurementCorrections",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurements_KpiId_Period",
                table: "KpiMeasurements",
                columns: new[] { "KpiId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurements_MunicipalityId",
                table: "KpiMeasurements",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiMeasurements_ProcessId_KpiId_PeriodStart",
                table: "KpiMeasurements",
                columns: new[] { "ProcessId", "KpiId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkKpis_Code",
                table: "NetworkKpis",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessAttachments_MunicipalityId",
                table: "ProcessAttachments",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessAttachments_ProcessId",
                table: "ProcessAttachments",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessChanges_MunicipalityId",
                table: "ProcessChanges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessChanges_ProcessId_At",
                table: "ProcessChanges",
                columns: new[] { "ProcessId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Processes_MunicipalityId",
                table: "Processes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Processes_MunicipalityId_Status_PublishedAt",
                table: "Processes",
                columns: new[] { "MunicipalityId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Processes_Status_Audience_DeletedAt_PublishedAt",
                table: "Processes",
                columns: new[] { "Status", "Audience", "DeletedAt", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Processes_Status_Audience_DeletedAt_UpdatedAt",
                table: "Processes",
                columns: new[] { "Status", "Audience", "DeletedAt", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessesOutbox_ProcessedAt_OccurredAt",
                table: "ProcessesOutbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessKpis_NetworkKpiId",
                table: "ProcessKpis",
                column: "NetworkKpiId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessKpis_ProcessId",
                table: "ProcessKpis",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessRevisions_MunicipalityId",
                table: "ProcessRevisions",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessRevisions_ProcessId_Number",
                table: "ProcessRevisions",
                columns: new[] { "ProcessId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessThemes_Theme_ProcessId",
                table: "ProcessThemes",
                columns: new[] { "Theme", "ProcessId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiMeasurementCorrections");

            migrationBuilder.DropTable(
                name: "KpiMeasurements");

            migrationBuilder.DropTable(
                name: "NetworkKpis");

            migrationBuilder.DropTable(
                name: "ProcessAttachments");

            migrationBuilder.DropTable(
                name: "ProcessChanges");

            migrationBuilder.DropTable(
                name: "ProcessesOutbox");

            migrationBuilder.DropTable(
                name: "ProcessKpis");

            migrationBuilder.DropTable(
                name: "ProcessRevisions");

            migrationBuilder.DropTable(
                name: "ProcessThemes");

            migrationBuilder.DropTable(
                name: "Processes");
        }
    }
}
