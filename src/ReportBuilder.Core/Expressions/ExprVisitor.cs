namespace ReportBuilder.Expressions;

/// <summary>One method per node type; derive from it to compile or evaluate an expression.</summary>
public abstract class ExprVisitor<T>
{
    /// <summary>Dispatches to the method for the node's type.</summary>
    public T Visit(Expr expr) => expr.Accept(this);

    /// <summary>Visits a number or percentage.</summary>
    public abstract T VisitNumber(NumberLiteral node);
    /// <summary>Visits a string.</summary>
    public abstract T VisitString(StringLiteral node);
    /// <summary>Visits <c>true</c> or <c>false</c>.</summary>
    public abstract T VisitBoolean(BooleanLiteral node);
    /// <summary>Visits <c>null</c>.</summary>
    public abstract T VisitNull(NullLiteral node);
    /// <summary>Visits a duration.</summary>
    public abstract T VisitDuration(DurationLiteral node);
    /// <summary>Visits a name or dotted path.</summary>
    public abstract T VisitIdentifier(Identifier node);
    /// <summary>Visits a function call.</summary>
    public abstract T VisitCall(Call node);
    /// <summary>Visits <c>-x</c> or <c>not x</c>.</summary>
    public abstract T VisitUnary(Unary node);
    /// <summary>Visits an infix operation.</summary>
    public abstract T VisitBinary(Binary node);
    /// <summary>Visits <c>[not] in (...)</c>.</summary>
    public abstract T VisitInList(InList node);
    /// <summary>Visits <c>is [not] null</c>.</summary>
    public abstract T VisitIsNull(IsNull node);
}
