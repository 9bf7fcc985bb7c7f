(define (problem plan_trial_T20191204_102637_903746)
    (:domain alfred)
    (:objects
        agent1 - agent
        BasketBallType - otype
        BookType - otype
        BowlType - otype
        ButterKnifeType - otype
        CDType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        PenType - otype
        ArmChairType - rtype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        CellPhone_bar__plus_01_dot_47_bar__plus_01_dot_95_bar__plus_02_dot_74 - object
        CellPhone_bar__minus_01_dot_99_bar__plus_01_dot_82_bar__plus_00_dot_07 - object
        Pen_bar__plus_01_dot_86_bar__plus_02_dot_82_bar__minus_01_dot_06 - object
        BasketBall_bar__plus_00_dot_38_bar__plus_02_dot_72_bar__plus_00_dot_78 - object
        Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06 - object
        CD_bar__minus_00_dot_78_bar__plus_00_dot_98_bar__minus_03_dot_02 - object
        Book_bar__minus_00_dot_55_bar__plus_01_dot_65_bar__minus_02_dot_40 - object
        DeskLamp_bar__plus_03_dot_40_bar__plus_01_dot_70_bar__minus_02_dot_90 - object
        ArmChair_bar__plus_01_dot_08_bar__plus_00_dot_43_bar__minus_01_dot_41 - receptacle
        Bed_bar__minus_01_dot_20_bar__plus_01_dot_28_bar__minus_00_dot_67 - receptacle
        Desk_bar__plus_01_dot_98_bar__plus_01_dot_59_bar__plus_02_dot_13 - receptacle
        Drawer_bar__plus_03_dot_45_bar__plus_02_dot_16_bar__minus_00_dot_01 - receptacle
        Drawer_bar__plus_01_dot_72_bar__plus_00_dot_45_bar__plus_01_dot_66 - receptacle
        Drawer_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__plus_01_dot_56 - receptacle
        SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32 - receptacle
        SideTable_bar__minus_03_dot_44_bar__plus_01_dot_86_bar__minus_01_dot_56 - receptacle
        loc_bar_3_bar__minus_2_bar_3_bar_15 - location
        loc_bar_6_bar_7_bar_0_bar_0 - location
        loc_bar_8_bar__minus_1_bar_1_bar_60 - location
        loc_bar_9_bar__minus_4_bar_1_bar_60 - location
        loc_bar__minus_3_bar_6_bar_1_bar_0 - location
        loc_bar__minus_4_bar_5_bar_0_bar__minus_30 - location
        loc_bar__minus_7_bar_0_bar_2_bar_15 - location
        loc_bar__minus_7_bar__minus_8_bar_2_bar_15 - location
        loc_bar__minus_9_bar_7_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_9_bar_7_bar_3_bar_15)
        (receptacleType ArmChair_bar__plus_01_dot_08_bar__plus_00_dot_43_bar__minus_01_dot_41 ArmChairType)
        (receptacleAtLocation ArmChair_bar__plus_01_dot_08_bar__plus_00_dot_43_bar__minus_01_dot_41 loc_bar_6_bar_7_bar_0_bar_0)
        (receptacleType Bed_bar__minus_01_dot_20_bar__plus_01_dot_28_bar__minus_00_dot_67 BedType)
        (receptacleAtLocation Bed_bar__minus_01_dot_20_bar__plus_01_dot_28_bar__minus_00_dot_67 loc_bar_8_bar__minus_1_bar_1_bar_60)
        (receptacleType Desk_bar__plus_01_dot_98_bar__plus_01_dot_59_bar__plus_02_dot_13 DeskType)
        (receptacleAtLocation Desk_bar__plus_01_dot_98_bar__plus_01_dot_59_bar__plus_02_dot_13 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_03_dot_45_bar__plus_02_dot_16_bar__minus_00_dot_01 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_45_bar__plus_02_dot_16_bar__minus_00_dot_01 loc_bar__minus_7_bar__minus_8_bar_2_bar_15)
        (openable Drawer_bar__plus_03_dot_45_bar__plus_02_dot_16_bar__minus_00_dot_01)
        (receptacleType Drawer_bar__plus_01_dot_72_bar__plus_00_dot_45_bar__plus_01_dot_66 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_72_bar__plus_00_dot_45_bar__plus_01_dot_66 loc_bar__minus_4_bar_5_bar_0_bar__minus_30)
        (openable Drawer_bar__plus_01_dot_72_bar__plus_00_dot_45_bar__plus_01_dot_66)
        (receptacleType Drawer_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__plus_01_dot_56 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__plus_01_dot_56 loc_bar_9_bar__minus_4_bar_1_bar_60)
        (openable Drawer_bar__plus_02_dot_23_bar__plus_01_dot_95_bar__plus_01_dot_56)
        (receptacleType SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32 loc_bar__minus_7_bar_0_bar_2_bar_15)
        (receptacleType SideTable_bar__minus_03_dot_44_bar__plus_01_dot_86_bar__minus_01_dot_56 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_03_dot_44_bar__plus_01_dot_86_bar__minus_01_dot_56 loc_bar__minus_3_bar_6_bar_1_bar_0)
        (objectType CellPhone_bar__plus_01_dot_47_bar__plus_01_dot_95_bar__plus_02_dot_74 CellPhoneType)
        (pickupable CellPhone_bar__plus_01_dot_47_bar__plus_01_dot_95_bar__plus_02_dot_74)
        (inReceptacle CellPhone_bar__plus_01_dot_47_bar__plus_01_dot_95_bar__plus_02_dot_74 Drawer_bar__plus_03_dot_45_bar__plus_02_dot_16_bar__minus_00_dot_01)
        (objectAtLocation CellPhone_bar__plus_01_dot_47_bar__plus_01_dot_95_bar__plus_02_dot_74 loc_bar__minus_7_bar__minus_8_bar_2_bar_15)
        (objectType CellPhone_bar__minus_01_dot_99_bar__plus_01_dot_82_bar__plus_00_dot_07 CellPhoneType)
        (pickupable CellPhone_bar__minus_01_dot_99_bar__plus_01_dot_82_bar__plus_00_dot_07)
        (inReceptacle CellPhone_bar__minus_01_dot_99_bar__plus_01_dot_82_bar__plus_00_dot_07 Drawer_bar__plus_01_dot_72_bar__plus_00_dot_45_bar__plus_01_dot_66)
        (objectAtLocation CellPhone_bar__minus_01_dot_99_bar__plus_01_dot_82_bar__plus_00_dot_07 loc_bar__minus_4_bar_5_bar_0_bar__minus_30)
        (objectType Pen_bar__plus_01_dot_86_bar__plus_02_dot_82_bar__minus_01_dot_06 PenType)
        (pickupable Pen_bar__plus_01_dot_86_bar__plus_02_dot_82_bar__minus_01_dot_06)
        (inReceptacle Pen_bar__plus_01_dot_86_bar__plus_02_dot_82_bar__minus_01_dot_06 SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32)
        (objectAtLocation Pen_bar__plus_01_dot_86_bar__plus_02_dot_82_bar__minus_01_dot_06 loc_bar__minus_7_bar_0_bar_2_bar_15)
        (objectType BasketBall_bar__plus_00_dot_38_bar__plus_02_dot_72_bar__plus_00_dot_78 BasketBallType)
        (pickupable BasketBall_bar__plus_00_dot_38_bar__plus_02_dot_72_bar__plus_00_dot_78)
        (inReceptacle BasketBall_bar__plus_00_dot_38_bar__plus_02_dot_72_bar__plus_00_dot_78 ArmChair_bar__plus_01_dot_08_bar__plus_00_dot_43_bar__minus_01_dot_41)
        (objectAtLocation BasketBall_bar__plus_00_dot_38_bar__plus_02_dot_72_bar__plus_00_dot_78 loc_bar_6_bar_7_bar_0_bar_0)
        (objectType Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06 BowlType)
        (pickupable Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06)
        (cleanable Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06)
        (coolable Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06)
        (inReceptacle Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06 SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32)
        (objectAtLocation Bowl_bar__plus_01_dot_44_bar__plus_03_dot_20_bar__minus_02_dot_06 loc_bar__minus_7_bar_0_bar_2_bar_15)
        (objectType CD_bar__minus_00_dot_78_bar__plus_00_dot_98_bar__minus_03_dot_02 CDType)
        (pickupable CD_bar__minus_00_dot_78_bar__plus_00_dot_98_bar__minus_03_dot_02)
        (inReceptacle CD_bar__minus_00_dot_78_bar__plus_00_dot_98_bar__minus_03_dot_02 Desk_bar__plus_01_dot_98_bar__plus_01_dot_59_bar__plus_02_dot_13)
        (objectAtLocation CD_bar__minus_00_dot_78_bar__plus_00_dot_98_bar__minus_03_dot_02 loc_bar_3_bar__minus_2_bar_3_bar_15)
        (objectType Book_bar__minus_00_dot_55_bar__plus_01_dot_65_bar__minus_02_dot_40 BookType)
        (pickupable Book_bar__minus_00_dot_55_bar__plus_01_dot_65_bar__minus_02_dot_40)
        (inReceptacle Book_bar__minus_00_dot_55_bar__plus_01_dot_65_bar__minus_02_dot_40 SideTable_bar__plus_00_dot_80_bar__plus_03_dot_41_bar__minus_03_dot_32)
        (objectAtLocation Book_bar__minus_00_dot_55_bar__plus_01_dot_65_bar__minus_02_dot_40 loc_bar__minus_7_bar_0_bar_2_bar_15)
        (objectType DeskLamp_bar__plus_03_dot_40_bar__plus_01_dot_70_bar__minus_02_dot_90 DeskLampType)
        (toggleable DeskLamp_bar__plus_03_dot_40_bar__plus_01_dot_70_bar__minus_02_dot_90)
        (inReceptacle DeskLamp_bar__plus_03_dot_40_bar__plus_01_dot_70_bar__minus_02_dot_90 SideTable_bar__minus_03_dot_44_bar__plus_01_dot_86_bar__minus_01_dot_56)
        (objectAtLocation DeskLamp_bar__plus_03_dot_40_bar__plus_01_dot_70_bar__minus_02_dot_90 loc_bar__minus_3_bar_6_bar_1_bar_0)
        (canContain ArmChairType BasketBallType)
        (canContain ArmChairType BookType)
        (canContain ArmChairType CellPhoneType)
        (canContain BedType BasketBallType)
        (canContain BedType BookType)
        (canContain BedType CellPhoneType)
        (canContain DeskType BasketBallType)
        (canContain DeskType BookType)
        (canContain DeskType BowlType)
        (canContain DeskType CDType)
        (canContain DeskType CellPhoneType)
        (canContain DeskType PenType)
        (canContain DrawerType BookType)
        (canContain DrawerType CDType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType PenType)
        (canContain SideTableType BasketBallType)
        (canContain SideTableType BookType)
        (canContain SideTableType BowlType)
        (canContain SideTableType CDType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType PenType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (inReceptacle ?o ?r)
                            (objectType ?o CellPhoneType)
                            (receptacleType ?r SideTableType)
                        )
                    )
                )
            )
        )
    )
