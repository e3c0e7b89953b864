using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PracticeNetwork.Migrations.PostgreSql.Migrations.Processes
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: false),
                    KpiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMeasurementCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpiMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    KpiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<string>(type: "character varying(7)", unicode: false, maxLength: 7, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Corrections = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMeasurements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", unicode: false, maxLength: 80, nullable: false),
                    NameFi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkKpis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartEvent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EndEvent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: false),
                    Inputs = table.Column<string>(type: "text", nullable: false),
                    Outputs = table.Column<string>(type: "text", nullable: false),
                    Customers = table.Column<string>(type: "text", nullable: false),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    Bottlenecks = table.Column<string>(type: "text", nullable: false),
                    RelatedPractices = table.Column<string>(type: "text", nullable: false),
                    RelatedProjects = table.Column<string>(type: "text", nullable: false),
                    Contacts = table.Column<string>(type: "text", nullable: false),
                    Links = table.Column<string>(type: "text", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessesOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessesOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", unicode: false, maxLength: 120, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Formula = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    DataSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NetworkKpiId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedFields = table.Column<string>(type: "text", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Theme = table.Column<int>(type: "integer", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false)
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
